/** Parameters as Stripe takes them: nested objects and arrays of text, numbers and booleans. */
export type StripeParams = { readonly [name: string]: StripeParam };
type StripeParam = string | number | boolean | null | undefined | StripeParams | readonly StripeParam[];

/**
 * Form-encodes parameters the way Stripe reads them: `metadata[key]=v`, indexed arrays
 * (`line_items[0][quantity]=1`), `null` as an empty value (Stripe's "clear"), `undefined` dropped.
 */
export function encodeForm(params: StripeParams): string {
  const pairs: string[] = [];
  const walk = (value: StripeParam, key: string) => {
    if (value === undefined) return;
    if (value === null) pairs.push(`${encode(key)}=`);
    else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) walk(value[index], `${key}[${index}]`);
    } else if (typeof value === 'object') {
      for (const name of Object.keys(value)) walk((value as StripeParams)[name], `${key}[${name}]`);
    } else pairs.push(`${encode(key)}=${encodeURIComponent(String(value))}`);
  };
  for (const name of Object.keys(params)) walk(params[name], name);
  return pairs.join('&');
}

// Brackets stay as they are, as Stripe's own clients send them.
function encode(key: string): string {
  return encodeURIComponent(key).replaceAll('%5B', '[').replaceAll('%5D', ']');
}
