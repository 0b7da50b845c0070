/**
 * RFC 3986's `URI` rule, as jsonschema's `uri` format checks it (through the `rfc3987` package,
 * rule "URI"): a scheme, then `//authority` and a path, or a path alone, then an optional query and
 * fragment; only ASCII, with `%` always followed by two hex digits. Read in one pass.
 */
export function isUri(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || !isScheme(text.slice(0, colon))) return false;
  let rest = text.slice(colon + 1);
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    if (!allOf(rest.slice(hash + 1), isQueryCharacter)) return false;
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question >= 0) {
    if (!allOf(rest.slice(question + 1), isQueryCharacter)) return false;
    rest = rest.slice(0, question);
  }
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    const path = slash < 0 ? '' : rest.slice(slash);
    return isAuthority(authority) && allOf(path, isPathCharacter);
  }
  // path-absolute, path-rootless or path-empty: no "//" start, segments of pchars.
  return allOf(rest, isPathCharacter);
}

const unreservedOrSubDelims = /[A-Za-z0-9\-._~!$&'()*+,;=]/;

function isScheme(scheme: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme);
}

// Checks every character of `text`, reading `%XX` as one; `allowed` judges the others.
function allOf(text: string, allowed: (character: string) => boolean): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character === '%') {
      if (!/^[0-9A-Fa-f]{2}$/.test(text.slice(index + 1, index + 3))) return false;
      index += 2;
    } else if (!allowed(character)) return false;
  }
  return true;
}

function isPathCharacter(character: string): boolean {
  return unreservedOrSubDelims.test(character) || character === ':' || character === '@' || character === '/';
}

function isQueryCharacter(character: string): boolean {
  return isPathCharacter(character) || character === '?';
}

function isAuthority(authority: string): boolean {
  const at = authority.lastIndexOf('@');
  if (at >= 0 && !allOf(authority.slice(0, at), (c) => unreservedOrSubDelims.test(c) || c === ':')) {
    return false;
  }
  const hostAndPort = authority.slice(at + 1);
  let host = hostAndPort;
  if (hostAndPort.startsWith('[')) {
    const close = hostAndPort.indexOf(']');
    if (close < 0 || !/^[0-9A-Fa-f:.]+$|^v[0-9A-Fa-f]+\..+$/.test(hostAndPort.slice(1, close))) return false;
    const after = hostAndPort.slice(close + 1);
    return after === '' || /^:[0-9]*$/.test(after);
  }
  const portColon = hostAndPort.lastIndexOf(':');
  if (portColon >= 0) {
    if (!/^[0-9]*$/.test(hostAndPort.slice(portColon + 1))) return false;
    host = hostAndPort.slice(0, portColon);
  }
  return allOf(host, (c) => unreservedOrSubDelims.test(c));
}
