import { describe, expect, it } from "vitest";
import { SCROLL_TO_CITED_HASH } from "./discussion/scroll-to-cited-script";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const header = (h: { key: string; value: string }[], key: string) => h.find((x) => x.key === key)?.value;

describe("security headers", () => {
  it("send HSTS in production over https only", () => {
    expect(header(securityHeaders(false, true), "Strict-Transport-Security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(header(securityHeaders(false, false), "Strict-Transport-Security")).toBeUndefined();
    expect(header(securityHeaders(true, true), "Strict-Transport-Security")).toBeUndefined();
  });

  it("allow no inline script but the app's own, by hash: a nonce with 'strict-dynamic' on pages, 'self' alone elsewhere", () => {
    const scripts = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scripts(contentSecurityPolicy(false, "abc123"))).toBe(
      `script-src 'self' 'nonce-abc123' ${SCROLL_TO_CITED_HASH} 'strict-dynamic'`,
    );
    expect(scripts(contentSecurityPolicy(false))).toBe("script-src 'self'");
    expect(scripts(contentSecurityPolicy(true, "n"))).toContain("'unsafe-eval'");
    for (const csp of [contentSecurityPolicy(false, "n"), contentSecurityPolicy(false)])
      expect(scripts(csp)).not.toContain("unsafe-inline");
  });
});
