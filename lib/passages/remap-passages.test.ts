import { describe, expect, it } from "vitest";
import { passagesCovering, planResplit } from "./remap-passages";
import { segmentBody, type Segment } from "./segment";

// One paragraph, split three ways: two sentences, the first split in two, all merged.
const body = "Is a law proposed? It is a question. Nobody asked.";
const seg = (sentence: number, start: number, end: number): Segment => ({
  paragraph: 1,
  sentence,
  start,
  end,
  text: body.slice(start, end),
});
const para = seg(0, 0, body.length);
const a = seg(1, 0, 18); // "Is a law proposed?"
const b = seg(2, 19, 36); // "It is a question."
const c = seg(3, 37, body.length); // "Nobody asked."
const ab = seg(1, 0, 36);

describe("passagesCovering", () => {
  it("maps a sentence that was split to both parts, in order", () => {
    expect(passagesCovering(ab, [para, a, seg(2, 19, 36), c])).toEqual([a, seg(2, 19, 36)]);
  });
  it("maps sentences that were merged to the merged one", () => {
    const merged = seg(1, 0, body.length);
    expect(passagesCovering(a, [para, merged])).toEqual([merged]);
    expect(passagesCovering(c, [para, merged])).toEqual([merged]);
  });
  it("maps a quote to only the part that holds it", () => {
    expect(passagesCovering({ sentence: 1, start: 20, end: 25 }, [para, a, b, c])).toEqual([b]);
    expect(passagesCovering({ sentence: 1, start: 10, end: 25 }, [para, a, b, c])).toEqual([a, b]);
    expect(passagesCovering({ sentence: 1, start: 21, end: 21 }, [para, a, b, c])).toEqual([b]);
  });
  it("maps a paragraph to its paragraph, never to sentences", () => {
    expect(passagesCovering(para, [para, a, b, c])).toEqual([para]);
  });
});

describe("planResplit", () => {
  it("keeps unchanged passages, creates the parts and re-points the split sentence to both", () => {
    const old = [para, ab, { ...c, sentence: 2 }];
    const plan = planResplit(old, [para, a, b, c]);
    expect(plan.keep.map((k) => [k.old.sentence, k.next.sentence])).toEqual([
      [0, 0],
      [2, 3],
    ]);
    expect(plan.create).toEqual([a, b]);
    expect(plan.replace).toEqual([{ old: ab, targets: [a, b] }]);
  });
  it("changes nothing when the split is the same", () => {
    const plan = planResplit([para, a, b, c], [para, a, b, c]);
    expect(plan.create).toEqual([]);
    expect(plan.replace).toEqual([]);
  });
  it("covers every replaced passage's text with its targets, for a naive old split of real text", () => {
    const text = "Mr. Smith met the U.S. envoy. He left.\nShall it be? are questions. She said “too rosy.” Fine.";
    const next = segmentBody(text);
    // The old split: after every . ? or ” followed by a space, the way a naive splitter cuts.
    const old = next
      .filter((s) => s.sentence === 0)
      .flatMap((p) => {
        const cuts = [0, ...[...p.text.matchAll(/[.?”] /g)].map((m) => m.index + 2), p.text.length];
        return [
          p,
          ...cuts.slice(1).map((e, i) => ({
            ...p,
            sentence: i + 1,
            start: p.start + cuts[i]!,
            end: p.start + e - (e < p.text.length ? 1 : 0),
          })),
        ];
      });
    const plan = planResplit(old, next);
    expect(plan.replace.length).toBeGreaterThan(0);
    for (const r of plan.replace) {
      expect(r.targets.length).toBeGreaterThan(0);
      expect(r.targets[0]!.start).toBeLessThanOrEqual(r.old.start);
      expect(r.targets.at(-1)!.end).toBeGreaterThanOrEqual(r.old.end);
    }
    // Every new passage is either kept or created: nothing is lost.
    expect(plan.keep.length + plan.create.length).toBe(next.length);
  });
});
