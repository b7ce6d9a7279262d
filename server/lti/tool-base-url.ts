import "server-only";

/** The app's public origin: NEXTAUTH_URL when set (behind a proxy the request's own URL is the proxy's view). */
export function toolBaseUrl(req: Request): string {
  return (process.env.NEXTAUTH_URL ?? new URL(req.url).origin).replace(/\/+$/, "");
}
