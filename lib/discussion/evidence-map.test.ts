import { describe, expect, it } from "vitest";
import { evidenceCounts, evidenceShade, topPassages } from "./evidence-map";

const passages = [
  { id: "p1", paragraph: 1, sentence: 0, text: "A. B.", start: 0, end: 5 },
  { id: "p1s1", paragraph: 1, sentence: 1, text: "A.", start: 0, end: 2 },
  { id: "p1s2", paragraph: 1, sentence: 2, text: "B.", start: 3, end: 5 },
];
const stances = [
  { id: "pro", text: "Yes" },
  { id: "con", text: "No" },
];

describe("evidence map", () => {
  it("counts per side and spreads a paragraph citation over its sentences", () => {
    const rows = evidenceCounts(
      [
        { stanceId: "pro", passageId: "p1s1" },
        { stanceId: "pro", passageId: "p1s1" },
        { stanceId: "con", passageId: "p1" },
      ],
      passages,
    );
    expect(rows.get("p1s1")).toEqual({ passageId: "p1s1", counts: { pro: 2, con: 1 }, total: 3 });
    expect(rows.get("p1s2")).toEqual({ passageId: "p1s2", counts: { con: 1 }, total: 1 });
    expect(topPassages(rows, "con")).toEqual([
      { passageId: "p1s1", count: 1 },
      { passageId: "p1s2", count: 1 },
    ]);
    expect(topPassages(rows, "pro")).toEqual([{ passageId: "p1s1", count: 2 }]);
  });
  it("tints by the side citing most, violet on a tie, and describes the counts", () => {
    const rows = evidenceCounts(
      [
        { stanceId: "pro", passageId: "p1s1" },
        { stanceId: "con", passageId: "p1s2" },
        { stanceId: "pro", passageId: "p1s2" },
      ],
      passages,
    );
    const shade = evidenceShade(rows, stances);
    expect(shade.p1s1!.color).toMatch(/^rgba\(59, 130, 246/);
    expect(shade.p1s2!.color).toMatch(/^rgba\(139, 92, 246/);
    expect(shade.p1s2!.title).toBe("Cited 1× by “Yes”, 1× by “No”");
  });
});
