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

// Where the request's origin is not at hand (a page reading `?next=` on the server), a stand-in origin: only
// "is it this site, and which path" matters, and the path that comes back is the browser's own reading of it.
const ANY_ORIGIN = "http://same-site.invalid";

/** `value` as a same-site path (normalised as a browser reads it), or undefined when it leads elsewhere. */
export function sameSitePathOrNone(value: unknown): string | undefined {
  const path = sameSitePath(value, ANY_ORIGIN, "");
  return path === "" ? undefined : path;
}
