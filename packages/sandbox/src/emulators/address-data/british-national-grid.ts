/**
 * British National Grid (OSGB36 eastings and northings) to WGS84 latitude and longitude, after
 * Ordnance Survey's "A guide to coordinate systems in Great Britain": the inverse transverse
 * Mercator projection on the Airy 1830 ellipsoid, then a Helmert transformation to WGS84. Good to
 * a few metres, which is all a fixture needs; the real services use OSTN15.
 */

const airy = { a: 6_377_563.396, b: 6_356_256.909 };
const grs80 = { a: 6_378_137, b: 6_356_752.314_140_3 };
const scale = 0.999_601_271_7;
const originLatitude = (49 * Math.PI) / 180;
const originLongitude = (-2 * Math.PI) / 180;
const falseEasting = 400_000;
const falseNorthing = -100_000;
const arcSecond = Math.PI / (180 * 3600);
// OSGB36 to WGS84: the published WGS84-to-OSGB36 parameters with their signs reversed.
const helmert = {
  tx: 446.448,
  ty: -125.157,
  tz: 542.06,
  s: -20.4894e-6,
  rx: 0.1502 * arcSecond,
  ry: 0.247 * arcSecond,
  rz: 0.8421 * arcSecond,
};

export interface LatitudeLongitude {
  readonly latitude: number;
  readonly longitude: number;
}

function meridionalArc(latitude: number, n: number): number {
  const n2 = n * n;
  const n3 = n2 * n;
  const difference = latitude - originLatitude;
  const sum = latitude + originLatitude;
  return (
    airy.b *
    scale *
    ((1 + n + 1.25 * n2 + 1.25 * n3) * difference -
      (3 * n + 3 * n2 + (21 / 8) * n3) * Math.sin(difference) * Math.cos(sum) +
      ((15 / 8) * n2 + (15 / 8) * n3) * Math.sin(2 * difference) * Math.cos(2 * sum) -
      (35 / 24) * n3 * Math.sin(3 * difference) * Math.cos(3 * sum))
  );
}

function gridToAiry(easting: number, northing: number): { latitude: number; longitude: number } {
  const { a, b } = airy;
  const e2 = 1 - (b * b) / (a * a);
  const n = (a - b) / (a + b);
  let latitude = originLatitude;
  let arc = 0;
  do {
    latitude += (northing - falseNorthing - arc) / (a * scale);
    arc = meridionalArc(latitude, n);
  } while (Math.abs(northing - falseNorthing - arc) >= 0.00001);

  const sin = Math.sin(latitude);
  const nu = (a * scale) / Math.sqrt(1 - e2 * sin * sin);
  const rho = (a * scale * (1 - e2)) / (1 - e2 * sin * sin) ** 1.5;
  const eta2 = nu / rho - 1;
  const tan = Math.tan(latitude);
  const tan2 = tan * tan;
  const tan4 = tan2 * tan2;
  const sec = 1 / Math.cos(latitude);
  const vii = tan / (2 * rho * nu);
  const viii = (tan / (24 * rho * nu ** 3)) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2);
  const ix = (tan / (720 * rho * nu ** 5)) * (61 + 90 * tan2 + 45 * tan4);
  const x = sec / nu;
  const xi = (sec / (6 * nu ** 3)) * (nu / rho + 2 * tan2);
  const xii = (sec / (120 * nu ** 5)) * (5 + 28 * tan2 + 24 * tan4);
  const xiia = (sec / (5040 * nu ** 7)) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan4 * tan2);
  const de = easting - falseEasting;
  return {
    latitude: latitude - vii * de ** 2 + viii * de ** 4 - ix * de ** 6,
    longitude: originLongitude + x * de - xi * de ** 3 + xii * de ** 5 - xiia * de ** 7,
  };
}

function toCartesian(latitude: number, longitude: number, ellipsoid: { a: number; b: number }) {
  const e2 = 1 - (ellipsoid.b * ellipsoid.b) / (ellipsoid.a * ellipsoid.a);
  const sin = Math.sin(latitude);
  const nu = ellipsoid.a / Math.sqrt(1 - e2 * sin * sin);
  return {
    x: nu * Math.cos(latitude) * Math.cos(longitude),
    y: nu * Math.cos(latitude) * Math.sin(longitude),
    z: nu * (1 - e2) * sin,
  };
}

function fromCartesian(point: { x: number; y: number; z: number }, ellipsoid: { a: number; b: number }) {
  const e2 = 1 - (ellipsoid.b * ellipsoid.b) / (ellipsoid.a * ellipsoid.a);
  const p = Math.hypot(point.x, point.y);
  let latitude = Math.atan2(point.z, p * (1 - e2));
  for (let step = 0; step < 10; step++) {
    const sin = Math.sin(latitude);
    const nu = ellipsoid.a / Math.sqrt(1 - e2 * sin * sin);
    latitude = Math.atan2(point.z + e2 * nu * sin, p);
  }
  return { latitude, longitude: Math.atan2(point.y, point.x) };
}

/** WGS84 latitude and longitude, rounded to 6 decimal places, of a point on the British National Grid. */
export function gridToWgs84(easting: number, northing: number): LatitudeLongitude {
  const onAiry = gridToAiry(easting, northing);
  const { x, y, z } = toCartesian(onAiry.latitude, onAiry.longitude, airy);
  const { tx, ty, tz, s, rx, ry, rz } = helmert;
  const moved = {
    x: tx + (1 + s) * x - rz * y + ry * z,
    y: ty + rz * x + (1 + s) * y - rx * z,
    z: tz - ry * x + rx * y + (1 + s) * z,
  };
  const wgs84 = fromCartesian(moved, grs80);
  const round = (radians: number) => Math.round(((radians * 180) / Math.PI) * 1e6) / 1e6;
  return { latitude: round(wgs84.latitude), longitude: round(wgs84.longitude) };
}
