import { describe, expect, it } from "vitest";
import { sameSitePath, sameSitePathOrNone } from "./same-site-path";

const ORIGIN = "http://127.0.0.1:3000";
const FALLBACK = "/dashboard";

describe("sameSitePath", () => {
  it.each([
    ["/\\evil.example", "backslash, which browsers read as a slash"],
    ["/\\/evil.example", "backslash then slash"],
    ["/\t/evil.example", "a tab, which browsers drop"],
    ["/\n/evil.example", "a newline, which browsers drop"],
    ["\\\\evil.example", "two backslashes"],
    ["//evil.example", "protocol-relative"],
    ["///evil.example", "three slashes"],
    ["http://evil.example/", "another origin"],
    ["https://127.0.0.1:3000/dashboard", "another scheme"],
    ["http://127.0.0.1:3001/dashboard", "another port of the same host"],
    ["http://127.0.0.1:3000@evil.example/", "userinfo that hides the host"],
    ["javascript:alert(1)", "a script URL"],
    ["data:text/html,<script>alert(1)</script>", "a data URL"],
    [" //evil.example", "leading space"],
    ["", "empty"],
  ])("refuses %j (%s)", (value) => {
    expect(sameSitePath(value, ORIGIN, FALLBACK)).toBe(FALLBACK);
  });

  it("refuses values that are not strings", () => {
    expect(sameSitePath(undefined, ORIGIN, FALLBACK)).toBe(FALLBACK);
    expect(sameSitePath(["/a"], ORIGIN, FALLBACK)).toBe(FALLBACK);
  });

  it.each([
    ["/dashboard", "/dashboard"],
    ["/assignments/a1/take?x=1#q2", "/assignments/a1/take?x=1#q2"],
    ["/essays/moscows-geopolitical-gamble#p4-s4", "/essays/moscows-geopolitical-gamble#p4-s4"],
    ["http://127.0.0.1:3000/classes/c1", "/classes/c1"],
    ["/a/../b", "/b"],
    // Same scheme without slashes is a relative path to a browser too; what comes back is a plain path.
    ["http:evil.example", "/evil.example"],
  ])("keeps the same-site path %j", (value, path) => {
    expect(sameSitePath(value, ORIGIN, FALLBACK)).toBe(path);
  });
});

describe("sameSitePathOrNone (pages reading ?next= or ?callbackUrl= on the server)", () => {
  it("keeps paths on this site", () => {
    for (const ok of ["/", "/join/DEMO42", "/dashboard?welcome=1", "/essays/x#p1-s2"])
      expect(sameSitePathOrNone(ok), ok).toBe(ok);
  });
  it("refuses other sites and anything that is not a path", () => {
    for (const bad of [
      undefined,
      "",
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
    ])
      expect(sameSitePathOrNone(bad), String(bad)).toBeUndefined();
  });
});
