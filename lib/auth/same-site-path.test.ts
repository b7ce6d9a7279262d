import { describe, expect, it } from "vitest";
import { isSameSitePath } from "./same-site-path";

describe("isSameSitePath", () => {
  it("accepts paths on this site", () => {
    for (const ok of ["/", "/join/DEMO42", "/dashboard?welcome=1", "/essays/x#p1-s2"])
      expect(isSameSitePath(ok), ok).toBe(true);
  });
  it("refuses other sites and anything that is not a path", () => {
    for (const bad of [
      undefined,
      "",
      "join",
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/\tx",
      "javascript:alert(1)",
    ])
      expect(isSameSitePath(bad), String(bad)).toBe(false);
  });
});
