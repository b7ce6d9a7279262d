import "server-only";
import { db } from "../db";

/**
 * An HTML answer of an LTI endpoint. These are the only responses an LMS may frame: `frame-ancestors` names the
 * origins of the enabled platforms (every other page keeps 'none', see lib/security-headers.ts; next.config.ts
 * leaves /api/lti/login and /api/lti/launch out of its headers so these win). The issuer's and authorization
 * endpoint's origins are not always the page's: Canvas serves courses on the school's own domain. So a verified
 * launch's page may also be framed by the origin that posted it (`frameOrigin`): only the holder of a valid
 * id_token can choose it, and all it frames is that holder's own continue link.
 */
export async function ltiHtmlResponse(
  html: string,
  init: { status?: number; headers?: HeadersInit; frameOrigin?: string | null; formTarget?: string } = {},
) {
  const platforms = await db.ltiPlatform.findMany({
    where: { enabled: true },
    select: { issuer: true, authLoginUrl: true },
  });
  const origins = [
    ...new Set(
      [...platforms.flatMap((p) => [p.issuer, p.authLoginUrl]), init.frameOrigin ?? ""].map(originOf).filter(Boolean),
    ),
  ];
  const csp = [
    "default-src 'none'",
    "script-src 'unsafe-inline'",
    "style-src 'unsafe-inline'",
    `frame-ancestors ${origins.length ? origins.join(" ") : "'none'"}`,
    // A Deep Linking response's page posts to the LMS's return URL: that origin only.
    `form-action ${init.formTarget ? originOf(init.formTarget) || "'none'" : "'self'"}`,
    "base-uri 'none'",
  ].join("; ");
  const headers = new Headers(init.headers);
  headers.set("content-type", "text/html; charset=utf-8");
  headers.set("content-security-policy", csp);
  headers.set("cache-control", "no-store");
  // The rest of lib/security-headers.ts, which next.config.ts leaves to these endpoints.
  headers.set("x-content-type-options", "nosniff");
  headers.set("referrer-policy", "strict-origin-when-cross-origin");
  headers.set("permissions-policy", "camera=(), microphone=(), geolocation=()");
  return new Response(html, { status: init.status ?? 200, headers });
}

function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : "";
  } catch {
    return "";
  }
}
