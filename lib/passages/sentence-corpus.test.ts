// The shipped splitter over the hard-case corpus (tests/fixtures/sentences): its score may not fall below the
// figures measured when it shipped (README, docs/decisions/0020-sentence-splitter.md). Prints the table.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/passages/segment";
import { loadCorpus, scoreSplitter, scoreTable } from "@/tests/support/sentence-corpus";

const cases = loadCorpus();

describe("sentence corpus", () => {
  it("has at least 150 cases, each rebuilt exactly by the shipped splitter's spans", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const c of cases) {
      const spans = splitSentences(c.text);
      // Spans cover every non-space character once, in order, with only whitespace between them.
      let cursor = 0;
      for (const [a, b] of spans) {
        expect(c.text.slice(cursor, a)).toMatch(/^\s*$/);
        cursor = b;
      }
      expect(c.text.slice(cursor)).toMatch(/^\s*$/);
    }
  });

  it("scores at or above the figures measured when the splitter shipped", () => {
    const all = scoreSplitter(splitSentences, cases);
    const heldOut = scoreSplitter(
      splitSentences,
      cases.filter((c) => c.file.includes("holdout")),
    );
    console.log(
      scoreTable([
        ["rules (shipped), whole corpus", all],
        ["rules (shipped), held out", heldOut],
      ]),
    );
    console.log(`misses: ${all.misses.join(" ")}`);
    expect(all.precision).toBeGreaterThanOrEqual(0.99);
    expect(all.recall).toBeGreaterThanOrEqual(0.988);
    expect(all.f1).toBeGreaterThanOrEqual(0.99);
    expect(all.exact).toBeGreaterThanOrEqual(190);
    expect(heldOut.exact).toBeGreaterThanOrEqual(23);
  });

  it("fixes what users reported", () => {
    const texts = (t: string) => splitSentences(t).map(([a, b]) => t.slice(a, b));
    expect(texts("Shall domestic manufactures be encouraged …? are questions which would be decided.")).toHaveLength(1);
    expect(texts("The minister called the figure “too rosy.” She asked: “Who wrote it?”")).toEqual([
      "The minister called the figure “too rosy.”",
      "She asked: “Who wrote it?”",
    ]);
    expect(texts("What a waste! The money is gone.")).toEqual(["What a waste!", "The money is gone."]);
    expect(texts("The argument is made in Federalist No. 10 by Madison. It was published in 1787.")).toHaveLength(2);
  });
});
