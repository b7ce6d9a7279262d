// Where a sign-in or sign-up may send the browser afterwards: a path on this site only (no open redirect).
// "//evil.example" and "/\evil.example" are other sites to a browser, so a leading "/" is not enough.
// (A shared helper for this may land in lib/ from another branch; this one is deliberately minimal.)

const BASE = "http://same-site.invalid";

export function isSameSitePath(value: string | undefined | null): value is string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return false;
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    return new URL(value, BASE).origin === BASE;
  } catch {
    return false;
  }
}
