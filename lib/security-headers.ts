// Security headers for every response. Pages get a Content-Security-Policy with a fresh nonce per request from
// proxy.ts (Next reads the nonce from the request's CSP header and puts it on its own scripts); what the proxy does
// not see (API routes, static files) gets the nonce-less policy from next.config.ts, which allows no inline script.
import { SCROLL_TO_CITED_HASH } from "./discussion/scroll-to-cited-script";

/** The policy. With a nonce, scripts run only if they carry it or were loaded by one that did ('strict-dynamic'),
 *  or are the app's one inline script of its own, allowed by its hash; 'self' stays for browsers without CSP 3. Dev adds 'unsafe-eval' (React's dev tooling and hot reload use eval). */
export function contentSecurityPolicy(dev: boolean, nonce?: string): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' ${SCROLL_TO_CITED_HASH} 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(dev: boolean, https = false): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Served over https in production: browsers must never come back over plain http (two years, per hstspreload).
    ...(https && !dev ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
