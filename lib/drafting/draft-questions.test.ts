import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { draftQuestions, type Draft, type DraftEssay } from "@/lib/drafting/draft-questions";
import { buildEntityPool } from "@/lib/drafting/entity-pool";
import { entityKey } from "@/lib/drafting/entities";
import { BUILTIN_ESSAYS } from "@/lib/essays/builtin-essays";
import { anchorId, segmentBody } from "@/lib/passages/segment";
import { validateQuestion } from "@/lib/questions/schema";

const root = path.resolve(import.meta.dirname, "../..");
const toDraftEssay = (slug: string, title: string, body: string): DraftEssay => ({
  slug,
  title,
  body,
  passages: segmentBody(body).map((s) => ({ ...s, id: `${slug}#${anchorId(s.paragraph, s.sentence)}` })),
});
const library = BUILTIN_ESSAYS.map((e) => {
  const r = e.parse(fs.readFileSync(path.join(root, "content/essays", e.file), "utf8"));
  return toDraftEssay(r.slug, r.title, r.body);
});
const pool = buildEntityPool(library);
const drafted = new Map(library.map((e) => [e.slug, draftQuestions(e, library, { limit: 40 })]));

/** Narrows a draft to one question type (the typed union), failing the test when it is another. */
function ofType<T extends Draft["type"]>(d: Draft | undefined, type: T): Extract<Draft, { type: T }> {
  if (d?.type !== type) throw new Error(`expected a ${type} draft, got ${d?.type}`);
  return d as Extract<Draft, { type: T }>;
}
const cited = (essay: DraftEssay, d: Draft) => essay.passages.find((p) => p.id === d.passageIds[0])!;
const KIND_BY_NOUN: Record<string, string> = {
  place: "place",
  person: "person",
  organisation: "organization",
  year: "year",
  number: "number",
};

describe.each(library.map((e) => [e.slug, e] as const))("drafts for %s", (_slug, essay) => {
  const drafts = drafted.get(essay.slug)!;

  it("are valid questions that cite a passage of the essay", () => {
    expect(drafts.length).toBeGreaterThanOrEqual(20);
    for (const d of drafts) {
      const v = validateQuestion(d);
      expect(v.ok, JSON.stringify(v)).toBe(true);
      expect(d.passageIds.length).toBeGreaterThanOrEqual(1);
      // A comparison cites a sentence of each essay compared; every other draft cites the essay's own passages.
      expect(essay.passages.some((p) => p.id === d.passageIds[0])).toBe(true);
      const where = d.kind === "comparison" ? library.flatMap((e) => e.passages) : essay.passages;
      for (const id of d.passageIds) expect(where.some((p) => p.id === id)).toBe(true);
      expect(d.rationale.length).toBeGreaterThan(10);
      expect(d.explanation.length).toBeGreaterThan(10);
    }
  });

  it("produce the kinds the essay has material for: recall, main idea, inference and comparison", () => {
    expect(new Set(drafts.map((d) => d.type))).toEqual(new Set(["CLOZE", "SINGLE_CHOICE", "ATTRIBUTION", "EVIDENCE"]));
    const kinds = new Set(drafts.map((d) => d.kind));
    for (const k of ["cloze", "entity", "main-idea", "attribution", "evidence", "comparison"] as const)
      expect(kinds.has(k), k).toBe(true);
  });

  it("main idea: the key is a term of the cited paragraph; the other choices are not in it", () => {
    for (const d of drafts.filter((x) => x.kind === "main-idea").map((x) => ofType(x, "SINGLE_CHOICE"))) {
      const { choices } = d.content;
      const paragraph = cited(essay, d);
      expect(paragraph.sentence).toBe(0);
      for (const c of choices) {
        const inIt = ` ${entityKey(paragraph.text)} `.includes(` ${entityKey(c.text)} `);
        expect(inIt, c.text).toBe(c.id === d.answerKey.correct);
      }
    }
  });

  it("cloze: the blank's answer is the cited sentence's own words", () => {
    for (const d of drafts.filter((x) => x.type === "CLOZE").map((x) => ofType(x, "CLOZE"))) {
      expect(d.content.before + d.answerKey.accepted[0] + d.content.after).toBe(cited(essay, d).text);
    }
  });

  it("single choice: the answer is in the passage; distractors are distinct, of the same kind and not in the passage", () => {
    for (const d of drafts.filter((x) => x.kind === "entity").map((x) => ofType(x, "SINGLE_CHOICE"))) {
      const { choices } = d.content;
      expect(choices.length).toBeGreaterThanOrEqual(3);
      for (const c of choices) expect(c.id).toMatch(/^[0-9a-f]{8}$/);
      const correct = choices.find((c) => c.id === d.answerKey.correct)!;
      const passage = cited(essay, d).text;
      expect(passage).toContain(correct.text);
      const keys = choices.map((c) => entityKey(c.text));
      expect(new Set(keys).size).toBe(choices.length);
      for (const a of keys)
        for (const b of keys) if (a !== b) expect(` ${a} `.includes(` ${b} `), `${a} / ${b}`).toBe(false);
      const kind = KIND_BY_NOUN[/^Which (\w+) completes/.exec(d.prompt)![1]!]!;
      const sameKind = new Set((pool.get(kind as never) ?? []).map((e) => e.key));
      for (const c of choices.filter((x) => x !== correct)) {
        expect(sameKind.has(entityKey(c.text)), `${c.text} is a ${kind}`).toBe(true);
        expect(` ${entityKey(passage)} `).not.toContain(` ${entityKey(c.text)} `);
      }
    }
  });

  it("attribution: the statement is the cited sentence and the key is this essay", () => {
    for (const d of drafts.filter((x) => x.type === "ATTRIBUTION").map((x) => ofType(x, "ATTRIBUTION"))) {
      const c = d.content;
      expect(c.statement).toBe(cited(essay, d).text);
      expect(d.answerKey).toEqual({ correct: essay.slug });
      expect(c.essays.map((e) => e.slug).sort()).toEqual(library.map((e) => e.slug).sort());
    }
  });

  it("evidence: the cited passage is the one correct option among distinct sentences", () => {
    for (const d of drafts.filter((x) => x.type === "EVIDENCE").map((x) => ofType(x, "EVIDENCE"))) {
      const c = d.content;
      expect(d.answerKey).toEqual({ correct: [d.passageIds[0]] });
      expect(new Set(c.options).size).toBe(c.options.length);
      expect(c.options.length).toBe(4);
      for (const o of c.options) expect(essay.passages.some((p) => p.id === o && p.sentence > 0)).toBe(true);
    }
  });

  it("are deterministic: the same input gives the same drafts", () => {
    expect(draftQuestions(essay, library, { limit: 40 })).toEqual(drafts);
  });
});

describe("drafting specifics", () => {
  const engagement = library.find((e) => e.slug === "russia-taliban-engagement")!;

  it("asks no two-choice question: the concert-hall year, with one other year in sight, is left out", () => {
    const d = drafted
      .get(engagement.slug)!
      .find((x) => x.passageIds[0] === `${engagement.slug}#p3-s3` && x.prompt.startsWith("Which year"));
    expect(d).toBeUndefined();
  });

  it("offers cities as distractors for a city (Moscow), not countries or regions", () => {
    const d = draftQuestions(engagement, library, { limit: 40, kinds: ["entity"] })
      .map((x) => ofType(x, "SINGLE_CHOICE"))
      .find((x) => x.content.choices.find((c) => c.id === x.answerKey.correct)?.text === "Moscow");
    const texts = ofType(d, "SINGLE_CHOICE").content.choices.map((c) => c.text);
    expect(texts).toContain("Moscow");
    const cities = new Set((pool.get("place") ?? []).filter((e) => e.sub === "city").map((e) => e.text));
    expect(texts.length).toBe(4);
    for (const t of texts) expect(cities.has(t), t).toBe(true);
  });

  it("mixes kinds under a small limit and respects it", () => {
    const four = draftQuestions(engagement, library, { limit: 4 });
    expect(four).toHaveLength(4);
    expect(new Set(four.map((d) => d.kind)).size).toBe(4);
    expect(draftQuestions(engagement, library, { limit: 0 })).toEqual([]);
  });

  it("offers no attribution when the library holds one essay", () => {
    const alone = draftQuestions(engagement, [engagement], { limit: 30 });
    expect(alone.some((d) => d.type === "ATTRIBUTION")).toBe(false);
    expect(alone.length).toBeGreaterThan(0);
  });

  it("works on an essay it has never seen", () => {
    const body = [
      "In 1989, crowds in Berlin tore down the wall that had divided Germany since 1961.",
      "The collapse surprised Washington and Moscow alike. Historians still argue about why the Soviet Union let it happen.",
      "For Poland and Hungary, the opening of the border meant that reform could no longer be reversed.",
      "In 1990 the two German states were reunified, and in 1991 the Soviet Union itself was dissolved.",
    ].join("\n");
    const essay = toDraftEssay("wall", "The Fall of the Wall", body);
    const drafts = draftQuestions(essay, [essay], { limit: 12 });
    expect(drafts.length).toBeGreaterThanOrEqual(4);
    for (const d of drafts) expect(validateQuestion(d).ok).toBe(true);
    const year = drafts.find((d) => d.prompt.startsWith("Which year"));
    expect(year).toBeDefined();
    const texts = ofType(year, "SINGLE_CHOICE").content.choices.map((c) => c.text);
    expect(texts.every((t) => /^\d{4}$/.test(t))).toBe(true);
  });
});

describe("drafting edge cases", () => {
  it("returns nothing for an essay without passages, and ignores a library that repeats the essay", () => {
    const empty: DraftEssay = { slug: "empty", title: "Empty", body: "", passages: [] };
    expect(draftQuestions(empty, library)).toEqual([]);
    const engagement = library[0]!;
    expect(draftQuestions(engagement, [engagement, ...library, engagement], { limit: 10 })).toEqual(
      draftQuestions(engagement, library, { limit: 10 }),
    );
  });
});
