// A party's link carries its secret in the path (/x/{secret}, /api/v1/exchange/{secret}): logs
// keep only its first six characters. The segment is decoded first, so a percent-encoded secret
// (%33z5g…) is masked like a plain one rather than logged whole.
const LINK_SEGMENT = /\/(x|exchange)\/([^/?#]+)/g;
const NOT_SECRETS = new Set(['session', 'help']);
const SHOWN = 6;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The URL with every link secret cut to its first characters. */
export function maskLinkSecrets(url: string): string {
  return url.replace(LINK_SEGMENT, (whole, kind: string, segment: string) => {
    const value = decoded(segment);
    if (NOT_SECRETS.has(value) || value.length <= SHOWN) return whole;
    return `/${kind}/${encodeURIComponent(value.slice(0, SHOWN))}…`;
  });
}
