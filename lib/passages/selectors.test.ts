import { describe, expect, it } from "vitest";
import { reanchor, selectorFromRange } from "./selectors";

const body = "Russia engages the Taliban. The Taliban rule Kabul. Russia engages again, and the Taliban respond.";

describe("selectorFromRange", () => {
  it("stores position, exact text and context, trimming whitespace", () => {
    const at = body.indexOf("The Taliban rule");
    const sel = selectorFromRange(body, at - 1, at + "The Taliban rule".length + 1, 8)!;
    expect(sel.start).toBe(at);
    expect(sel.exact).toBe("The Taliban rule");
    expect(sel.prefix).toBe("aliban. ");
    expect(sel.suffix).toBe(" Kabul. ");
  });
  it("returns null for an empty or all-space span", () => {
    expect(selectorFromRange(body, 5, 5)).toBeNull();
    expect(selectorFromRange("a   b", 1, 4)).toBeNull();
  });
});

describe("reanchor", () => {
  it("anchors an unchanged quote in place", () => {
    const sel = selectorFromRange(body, 28, 51)!;
    expect(reanchor(body, sel)).toEqual({ status: "anchored", start: 28, end: 51, moved: false });
  });
  it("follows the quote when text before it was inserted", () => {
    const sel = selectorFromRange(body, 28, 51)!;
    const edited = "Preface added. " + body;
    const r = reanchor(edited, sel);
    expect(r).toMatchObject({ status: "anchored", start: 43, moved: true });
    if (r.status === "anchored") expect(edited.slice(r.start, r.end)).toBe(sel.exact);
  });
  it("uses prefix and suffix to pick the right one of several equal matches", () => {
    const second = body.lastIndexOf("the Taliban");
    const sel = selectorFromRange(body, second, second + "the Taliban".length)!;
    // The stored position is stale (points at the first match); the context still finds the second.
    const r = reanchor(body, { ...sel, start: body.indexOf("the Taliban") });
    expect(r).toMatchObject({ status: "anchored", start: second });
  });
  it("falls back to the stored position to break ties when the context matches nowhere", () => {
    const text = "yes no yes no yes";
    const r = reanchor(text, { start: 13, end: 16, exact: "yes", prefix: "zzz", suffix: "qqq" });
    expect(r).toMatchObject({ status: "anchored", start: 14 });
  });
  it("is orphaned when the exact text no longer occurs", () => {
    const sel = selectorFromRange(body, 28, 51)!;
    expect(reanchor(body.replace("rule Kabul", "govern Kabul"), sel)).toEqual({ status: "orphaned" });
  });
});
