import { describe, expect, it } from "vitest";
import { looksLikeClassCode, normalizeJoinCode } from "./join-code";

describe("live join codes", () => {
  it("accept six digits as people type them", () => {
    expect(normalizeJoinCode("123 456")).toBe("123456");
    expect(normalizeJoinCode("123-456")).toBe("123456");
    expect(normalizeJoinCode("12345")).toBeNull();
  });

  it("tell a class's join code from a mistyped live code", () => {
    expect(looksLikeClassCode("DEMO42")).toBe(true);
    expect(looksLikeClassCode("demo 42")).toBe(true);
    expect(looksLikeClassCode("K7PXQ2")).toBe(true);
    expect(looksLikeClassCode("12345")).toBe(false);
    expect(looksLikeClassCode("")).toBe(false);
    expect(looksLikeClassCode("not a code at all!")).toBe(false);
  });
});
