import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_ESSAYS } from "@/lib/essays/builtin-essays";
import { anchorId, parseAnchor, segmentBody, splitSentences } from "@/lib/passages/segment";

const root = path.resolve(import.meta.dirname, "../..");
const essays = BUILTIN_ESSAYS.map((e) => {
  const raw = fs.readFileSync(path.join(root, "content/essays", e.file), "utf8");
  return { raw, record: e.parse(raw) };
});

describe("built-in essays", () => {
  it("ship byte for byte the same files as the source", () => {
    for (const e of BUILTIN_ESSAYS) {
      const shipped = fs.readFileSync(path.join(root, "content/essays", e.file), "utf8");
      const source = path.join(root, "../shared/essays", e.file);
      if (fs.existsSync(source)) expect(shipped).toBe(fs.readFileSync(source, "utf8"));
    }
  });

  it("have a body that is a verbatim slice of the source file", () => {
    for (const { raw, record } of essays) expect(raw.includes(record.body)).toBe(true);
  });

  it("parse the second essay's title, byline and publisher notice out of the argument", () => {
    const gamble = essays.find((e) => e.record.slug === "moscows-geopolitical-gamble")!.record;
    expect(gamble.title).toBe("Moscow’s Geopolitical Gamble on the Taliban");
    expect(gamble.author).toBe("Bahar Mehr");
    expect(gamble.authorNote).toBe("Bahar Mehr, Writer and Political Activist.");
    expect(gamble.sourceNote).toContain("does not reflect the official opinion of the AISS");
    expect(gamble.body.startsWith("Russia’s decision to formally recognize the Taliban")).toBe(true);
    expect(gamble.body).not.toContain("AISS");
    const engagement = essays.find((e) => e.record.slug === "russia-taliban-engagement")!.record;
    expect(engagement.titleInSource).toBe(false);
    expect(engagement.body.startsWith("Russia’s slow but steady embrace")).toBe(true);
  });
});

describe("segmentBody", () => {
  for (const { raw, record } of essays) {
    describe(record.slug, () => {
      const segs = segmentBody(record.body);
      const paragraphs = segs.filter((s) => s.sentence === 0);

      it("keeps every passage's text equal to the body at its offsets", () => {
        for (const s of segs) expect(record.body.slice(s.start, s.end)).toBe(s.text);
      });

      it("has one paragraph per non-blank line of the argument, in order", () => {
        const lines = record.body.split("\n").filter((l) => l.trim());
        expect(paragraphs.map((p) => p.text)).toEqual(lines.map((l) => l.trim()));
        for (const line of lines) expect(raw).toContain(line.trim());
      });

      it("rebuilds each paragraph exactly from its sentences and the text between them", () => {
        for (const p of paragraphs) {
          const sentences = segs.filter((s) => s.paragraph === p.paragraph && s.sentence > 0);
          expect(sentences.length).toBeGreaterThan(0);
          expect(sentences[0]!.start).toBe(p.start);
          expect(sentences.at(-1)!.end).toBe(p.end);
          let rebuilt = "";
          sentences.forEach((s, i) => {
            rebuilt += s.text + (i < sentences.length - 1 ? record.body.slice(s.end, sentences[i + 1]!.start) : "");
          });
          expect(rebuilt).toBe(p.text);
          // Only whitespace sits between sentences: no character is lost.
          for (let i = 1; i < sentences.length; i++)
            expect(record.body.slice(sentences[i - 1]!.end, sentences[i]!.start)).toMatch(/^\s+$/);
        }
      });

      it("rebuilds the whole body from its paragraphs and the line breaks between them", () => {
        let rebuilt = "";
        paragraphs.forEach((p, i) => {
          rebuilt += p.text + (i < paragraphs.length - 1 ? record.body.slice(p.end, paragraphs[i + 1]!.start) : "");
        });
        expect(rebuilt).toBe(record.body);
      });
    });
  }

  it("gives the essays the paragraph counts their sources have", () => {
    const counts = Object.fromEntries(
      essays.map((e) => [e.record.slug, segmentBody(e.record.body).filter((s) => s.sentence === 0).length]),
    );
    expect(counts).toEqual({ "russia-taliban-engagement": 8, "moscows-geopolitical-gamble": 8 });
  });

  it("does not split inside U.S. in the essay", () => {
    const gamble = essays.find((e) => e.record.slug === "moscows-geopolitical-gamble")!.record;
    const withUS = segmentBody(gamble.body).filter((s) => s.sentence > 0 && s.text.includes("U.S."));
    expect(withUS.length).toBeGreaterThan(0);
    for (const s of withUS) expect(s.text.endsWith("U.S.")).toBe(false);
  });
});

describe("splitSentences", () => {
  const texts = (t: string) => splitSentences(t).map(([a, b]) => t.slice(a, b));

  it("keeps abbreviations such as U.S., Mr. and Dr. inside their sentence", () => {
    expect(texts("Mr. Smith met the U.S. envoy in Kabul. Dr. Jones stayed home.")).toEqual([
      "Mr. Smith met the U.S. envoy in Kabul.",
      "Dr. Jones stayed home.",
    ]);
    expect(texts("The U.S. Congress agreed. Then it adjourned.")).toEqual([
      "The U.S. Congress agreed.",
      "Then it adjourned.",
    ]);
  });

  it("splits on question and exclamation marks and keeps closing quotes", () => {
    expect(texts("Is it legitimate? “No!” she said. Fine.")).toEqual(["Is it legitimate?", "“No!” she said.", "Fine."]);
  });

  it("returns one sentence for text without terminal punctuation", () => {
    expect(texts("  a fragment with no period ")).toEqual(["a fragment with no period"]);
  });
});

describe("anchors", () => {
  it("round-trip paragraph and sentence addresses", () => {
    expect(anchorId(3, 0)).toBe("p3");
    expect(anchorId(3, 2)).toBe("p3-s2");
    expect(parseAnchor("#p3-s2")).toEqual({ paragraph: 3, sentence: 2 });
    expect(parseAnchor("p7")).toEqual({ paragraph: 7, sentence: 0 });
    expect(parseAnchor("p3-x")).toBeNull();
  });
});
