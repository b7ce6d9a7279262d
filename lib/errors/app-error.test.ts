import { describe, expect, it, vi } from "vitest";

describe("isAppError", () => {
  it("recognises an AppError made by another copy of the module (another Next bundle)", async () => {
    const mine = await import("./app-error");
    vi.resetModules();
    const theirs = await import("./app-error");
    expect(theirs.AppError).not.toBe(mine.AppError);
    const e = new theirs.AppError("UPSTREAM", "Reports cannot be shown right now.");
    expect(e instanceof mine.AppError).toBe(false);
    expect(mine.isAppError(e)).toBe(true);
    expect(mine.isAppError(e) && e.status).toBe(502);
  });

  it("recognises nothing else", async () => {
    const { isAppError } = await import("./app-error");
    expect(isAppError(new Error("Reports cannot be shown right now."))).toBe(false);
    expect(isAppError({ code: "UPSTREAM", name: "AppError", message: "x" })).toBe(false);
    expect(isAppError(null)).toBe(false);
    expect(isAppError("AppError")).toBe(false);
  });
});
