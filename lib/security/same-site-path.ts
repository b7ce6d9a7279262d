/**
 * The same-site path (path, query and hash) that `value` leads to when resolved against `origin`, or `fallback`
 * when it leads anywhere else or is not a URL. It parses the way a browser does (`new URL`), so the spellings
 * that a prefix check lets through are caught too: a browser reads "/\evil.example" and "/<tab>/evil.example"
 * as "//evil.example", another host. Every redirect to a destination taken from a request goes through this.
 */
export function sameSitePath(value: unknown, origin: string, fallback: string): string {
  if (typeof value !== "string" || value === "") return fallback;
  try {
    const url = new URL(value, origin);
    if (url.origin !== new URL(origin).origin) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
