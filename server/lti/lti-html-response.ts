import "server-only";
import { db } from "../db";

/**
 * An HTML answer of an LTI endpoint. These are the only responses an LMS may frame: `frame-ancestors` names the
 * origins of the enabled platforms (every other page keeps 'none', see lib/security-headers.ts; next.config.ts
 * leaves /api/lti/login and /api/lti/launch out of its headers so these win).
 */
export async function ltiHtmlResponse(html: string, init: { status?: number; headers?: HeadersInit } = {}) {
  const platforms = await db.ltiPlatform.findMany({ where: { enabled: true }, select: { authLoginUrl: true } });
  const origins = [...new Set(platforms.map((p) => originOf(p.authLoginUrl)).filter(Boolean))];
  const csp = [
    "default-src 'none'",
    "script-src 'unsafe-inline'",
    "style-src 'unsafe-inline'",
    `frame-ancestors ${origins.length ? origins.join(" ") : "'none'"}`,
    "form-action 'self'",
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
    return new URL(url).origin;
  } catch {
    return "";
  }
}
