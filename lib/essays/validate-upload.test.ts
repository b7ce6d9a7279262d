import { describe, expect, it } from "vitest";
import { decodeEssayBytes, MAX_ESSAY_BYTES, slugify } from "@/lib/essays/validate-upload";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeEssayBytes", () => {
  it("accepts UTF-8 text, normalises line endings and splits it into paragraphs and sentences", () => {
    const r = decodeEssayBytes(
      utf8("\uFEFFFirst line. Second sentence, with “quotes”.\r\n\r\nA second paragraph about the U.S. economy.\r\n"),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body).toBe("First line. Second sentence, with “quotes”.\n\nA second paragraph about the U.S. economy.");
    expect(r.segments.filter((s) => s.sentence === 0)).toHaveLength(2);
    expect(r.segments.filter((s) => s.paragraph === 1 && s.sentence > 0).map((s) => s.text)).toEqual([
      "First line.",
      "Second sentence, with “quotes”.",
    ]);
    expect(r.segments.filter((s) => s.paragraph === 2 && s.sentence > 0)).toHaveLength(1);
    for (const s of r.segments) expect(r.body.slice(s.start, s.end)).toBe(s.text);
  });

  it("refuses empty and whitespace-only input", () => {
    for (const b of [new Uint8Array(), utf8("  \n\t\n ")]) {
      const r = decodeEssayBytes(b);
      expect(r).toEqual({ ok: false, error: expect.stringContaining("The essay is empty") });
    }
  });

  it("refuses binary data (NUL bytes or control characters)", () => {
    expect(decodeEssayBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))).toEqual({
      ok: false,
      error: expect.stringContaining("not plain text"),
    });
    expect(decodeEssayBytes(utf8("Looks like text \u0001\u0002 but is not."))).toEqual({
      ok: false,
      error: expect.stringContaining("control characters"),
    });
  });

  it("refuses text that is not UTF-8 (Latin-1, UTF-16)", () => {
    const latin1 = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" au lait. Another sentence.")]);
    expect(decodeEssayBytes(latin1)).toEqual({ ok: false, error: expect.stringContaining("not UTF-8") });
    expect(decodeEssayBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({
      ok: false,
      error: expect.stringMatching(/not UTF-8|not plain text/),
    });
  });

  it("refuses more than 200 kB and accepts exactly 200 kB", () => {
    const sentence = "A sentence of the essay. ";
    const big = utf8(sentence.repeat(Math.ceil((MAX_ESSAY_BYTES + 1) / sentence.length)));
    expect(decodeEssayBytes(big)).toEqual({ ok: false, error: expect.stringContaining("too large") });
    const exact = new Uint8Array(MAX_ESSAY_BYTES).fill(0x61);
    exact.set(utf8("Start. "), 0);
    expect(decodeEssayBytes(exact).ok).toBe(true);
  });
});

describe("slugify", () => {
  it("makes readable ASCII slugs and never an empty one", () => {
    expect(slugify("Moscow’s Geopolitical Gamble on the Taliban")).toBe("moscows-geopolitical-gamble-on-the-taliban");
    expect(slugify("  Économie & Société: 2026  ")).toBe("economie-societe-2026");
    expect(slugify("تحلیل")).toBe("essay");
    expect(slugify("x".repeat(100))).toHaveLength(60);
  });
});
