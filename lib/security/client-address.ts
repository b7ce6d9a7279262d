// Which client a request comes from, as the per-IP rate limits see it. Pure: the caller hands in a header reader.
//
// The socket's address reaches the app in SOCKET_ADDRESS_HEADER, which server/http/record-socket-address.ts writes
// on every request as it arrives (overwriting anything a client sent under that name). X-Forwarded-For is read
// only behind a trusted proxy (TRUST_PROXY = how many proxies append to it): Next fills it from the socket only when
// a client has not sent one, so without a proxy in front it is whatever the client wants it to be.

export const SOCKET_ADDRESS_HEADER = "x-passage-socket-address";

export type HeaderReader = (name: string) => string | null | undefined;

/** A rate-limit key for the client: an IPv4 address, an IPv6 /64 (what one subscriber usually gets), or "unknown". */
export function clientAddress(header: HeaderReader, trustProxyHops: number): string {
  let raw: string | undefined;
  if (trustProxyHops > 0) {
    const chain = (header("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    // Each trusted proxy appends the address it saw, so the client is `hops` from the right; entries left of that
    // were sent by the client and prove nothing.
    raw = chain[Math.max(0, chain.length - trustProxyHops)];
  }
  raw ??= header(SOCKET_ADDRESS_HEADER) ?? undefined;
  return (raw && addressKey(raw)) || "unknown";
}

/** The key of one address: IPv4 as is (IPv4-mapped IPv6 unwrapped, a port dropped), IPv6 by its /64. */
export function addressKey(raw: string): string | null {
  let a = raw.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(a);
  if (v4) return v4[1]!.split(".").every((o) => Number(o) <= 255) ? v4[1]! : null;
  return ipv6Prefix64(a.split("%")[0]!);
}

function ipv6Prefix64(a: string): string | null {
  const parts = a.split("::");
  if (parts.length > 2) return null;
  const head = parts[0] ? parts[0].split(":") : [];
  const tail = parts.length === 2 && parts[1] ? parts[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (parts.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
