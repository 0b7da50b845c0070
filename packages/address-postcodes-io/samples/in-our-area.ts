import { postcodesIo } from '@councilkit/address-postcodes-io';

// POSTCODES_IO_BASE_URL points at the sandbox or your own copy; unset, the public service answers.
const areas = postcodesIo({ baseUrl: process.env['POSTCODES_IO_BASE_URL'] });

/** Where a postcode lies, and whether it is in the council's district (by ONS GSS code). */
export async function checkArea(postcode: string, ourDistrict = 'E07000093') {
  const area = await areas.lookupPostcodeArea(postcode);
  if (area === undefined) return { known: false, inArea: false };
  return { known: true, inArea: area.adminDistrict?.gssCode === ourDistrict, ward: area.ward?.name };
}
