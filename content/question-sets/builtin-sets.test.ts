// The built-in question sets, checked against the essays' real passages (no database): every citation
// resolves, every answer key is backed by a verbatim quote, every paragraph is covered.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_SETS } from "@/content/question-sets";
import {
  ESSAY_SLUGS,
  anchorKey,
  resolveBuiltinQuestion,
  type BuiltinQuestion,
  type EssaySlug,
  type Ref,
} from "@/content/question-sets/format";
import { BUILTIN_ESSAYS } from "@/lib/essays/builtin-essays";
import { anchorId, segmentBody, type Segment } from "@/lib/passages/segment";
import { QUESTION_TYPES, validateQuestion } from "@/lib/questions/schema";

const root = path.resolve(import.meta.dirname, "../..");
const essays = new Map(
  BUILTIN_ESSAYS.map((e) => {
    const r = e.parse(fs.readFileSync(path.join(root, "content/essays", e.file), "utf8"));
    return [r.slug, { title: r.title, segments: segmentBody(r.body) }] as const;
  }),
);
const passages = new Map<string, Segment>();
for (const [slug, e] of essays)
  for (const s of e.segments) passages.set(`${slug}#${anchorId(s.paragraph, s.sentence)}`, s);

const passageOf = (r: Ref) => {
  const p = passages.get(anchorKey(r));
  if (!p) throw new Error(`No passage ${anchorKey(r)}`);
  return p;
};
const resolve = (q: BuiltinQuestion) => resolveBuiltinQuestion(q, anchorKey, (slug) => essays.get(slug)!.title);
const allQuestions = BUILTIN_SETS.flatMap((s) =>
  s.questions.map((q, i) => ({ set: s, q, label: `${s.key} #${i + 1} (${q.type})` })),
);
const setByKey = (key: string) => BUILTIN_SETS.find((s) => s.key === key)!;
const OBJECTIVE = new Set([
  "SINGLE_CHOICE",
  "MULTIPLE_SELECT",
  "TRUE_FALSE",
  "CLOZE",
  "EVIDENCE",
  "ATTRIBUTION",
  "ORDERING",
]);

describe("built-in question sets", () => {
  it("have unique keys and cite only their own essays", () => {
    expect(new Set(BUILTIN_SETS.map((s) => s.key)).size).toBe(BUILTIN_SETS.length);
    for (const { set, q, label } of allQuestions) for (const r of q.cites) expect(set.essays, label).toContain(r.essay);
  });

  it.each(allQuestions.map((x) => [x.label, x] as const))(
    "%s cites existing passages and passes validateQuestion",
    (_l, { q }) => {
      expect(q.cites.length).toBeGreaterThanOrEqual(1);
      for (const r of q.cites) expect(passages.has(anchorKey(r)), anchorKey(r)).toBe(true);
      const v = validateQuestion(resolve(q));
      expect(v.ok, JSON.stringify(v)).toBe(true);
      expect(q.explanation.trim().length).toBeGreaterThan(20);
    },
  );

  it("back every answer with a verbatim quote from a cited passage", () => {
    for (const { q, label } of allQuestions) {
      if (q.type === "DEBATE") continue;
      expect(q.support.length, label).toBeGreaterThan(8);
      expect(
        q.cites.some((r) => passageOf(r).text.includes(q.support)),
        `${label}: “${q.support}”`,
      ).toBe(true);
    }
  });

  it("cloze: the accepted answer is in the cited sentence and before + answer + after reproduces it", () => {
    const clozes = allQuestions.filter((x) => x.q.type === "CLOZE");
    expect(clozes.length).toBeGreaterThanOrEqual(4);
    for (const { q, label } of clozes) {
      if (q.type !== "CLOZE") continue;
      const sentence = passageOf(q.cites[0]!).text;
      expect(sentence, label).toContain(q.accepted[0]);
      expect(q.before + q.accepted[0] + q.after, label).toBe(sentence);
    }
  });

  it("choices are distinct and keys point at real choices; evidence keys are cited options", () => {
    for (const { q, label } of allQuestions) {
      if (q.type === "SINGLE_CHOICE" || q.type === "MULTIPLE_SELECT") {
        expect(new Set(q.choices.map((c) => c.toLowerCase())).size, label).toBe(q.choices.length);
        const keys = q.type === "SINGLE_CHOICE" ? [q.correct] : q.correct;
        for (const k of keys) expect(q.choices[k], label).toBeDefined();
      }
      if (q.type === "ORDERING") expect(new Set(q.items).size, label).toBe(q.items.length);
      if (q.type === "EVIDENCE") {
        const options = q.options.map(anchorKey);
        expect(new Set(options).size, label).toBe(options.length);
        for (const c of q.correct) {
          expect(options, label).toContain(anchorKey(c));
          expect(q.cites.map(anchorKey), label).toContain(anchorKey(c));
          expect(passageOf(c).text, label).toContain(q.support);
        }
      }
      if (q.type === "ATTRIBUTION")
        expect(
          q.cites.every((r) => r.essay === q.correct),
          label,
        ).toBe(true);
    }
  });

  it("store ordering items scrambled, never in the answer's order", () => {
    for (const { q, label } of allQuestions.filter((x) => x.q.type === "ORDERING")) {
      const stored = resolve(q);
      const items = (stored.content as { items: { id: string }[] }).items.map((i) => i.id);
      expect(items, label).not.toEqual((stored.answerKey as { order: string[] }).order);
    }
  });

  it("give every question of a set its own prompt, so lists and analytics can tell them apart", () => {
    for (const set of BUILTIN_SETS)
      expect(new Set(set.questions.map((q) => q.prompt)).size, set.key).toBe(set.questions.length);
  });

  it("do not list an ordering question's citations in the answer's order (they may be shown beside it)", () => {
    for (const { q, label } of allQuestions.filter((x) => x.q.type === "ORDERING")) {
      const positions = q.cites.map((r) => passageOf(r)).map((p) => p.paragraph * 1000 + p.sentence);
      expect(positions, label).not.toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it("cover every paragraph of each essay", () => {
    for (const slug of ESSAY_SLUGS) {
      const cited = new Set(
        allQuestions.flatMap(({ q }) => q.cites.filter((r) => r.essay === slug).map((r) => passageOf(r).paragraph)),
      );
      const paragraphs = new Set(essays.get(slug)!.segments.map((s) => s.paragraph));
      expect(
        [...paragraphs].filter((p) => !cited.has(p)),
        slug,
      ).toEqual([]);
    }
  });

  it("each essay's own set covers all its paragraphs and every objective type plus short answer", () => {
    const own: [string, EssaySlug][] = [
      ["builtin:russia-taliban-engagement", "russia-taliban-engagement"],
      ["builtin:moscows-geopolitical-gamble", "moscows-geopolitical-gamble"],
    ];
    for (const [key, slug] of own) {
      const set = setByKey(key);
      expect(set.questions.length).toBeGreaterThanOrEqual(12);
      const types = new Set(set.questions.map((q) => q.type));
      for (const t of [
        "SINGLE_CHOICE",
        "MULTIPLE_SELECT",
        "TRUE_FALSE",
        "CLOZE",
        "EVIDENCE",
        "ORDERING",
        "SHORT_ANSWER",
      ])
        expect(types, `${key} has ${t}`).toContain(t);
      const cited = new Set(set.questions.flatMap((q) => q.cites.map((r) => passageOf(r).paragraph)));
      expect(cited.size).toBe(new Set(essays.get(slug)!.segments.map((s) => s.paragraph)).size);
    }
  });

  it("the comparison set needs both essays and includes attribution and cross-essay evidence", () => {
    const set = setByKey("builtin:comparison");
    expect(set.questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(set.questions.flatMap((q) => q.cites.map((r) => r.essay)))).toEqual(new Set(ESSAY_SLUGS));
    const attributions = set.questions.filter((q) => q.type === "ATTRIBUTION");
    expect(new Set(attributions.map((q) => (q.type === "ATTRIBUTION" ? q.correct : "")))).toEqual(new Set(ESSAY_SLUGS));
    const evidence = set.questions.filter((q) => q.type === "EVIDENCE");
    expect(evidence.length).toBeGreaterThanOrEqual(2);
    for (const q of evidence) if (q.type === "EVIDENCE") expect(new Set(q.options.map((o) => o.essay)).size).toBe(2);
  });

  it("ship at least four labelled debate prompts that require citations", () => {
    const set = setByKey("builtin:debate");
    expect(set.title).toBe("Debate prompts");
    expect(set.questions.length).toBeGreaterThanOrEqual(4);
    for (const q of set.questions) {
      expect(q.type).toBe("DEBATE");
      if (q.type !== "DEBATE") continue;
      expect(q.minCitations).toBeGreaterThanOrEqual(1);
      expect(q.stances.length).toBeGreaterThanOrEqual(2);
      for (const s of q.stances) expect(s.text.trim().length).toBeGreaterThan(5);
      expect(new Set(q.cites.map((r) => r.essay)).size, q.prompt).toBe(2);
    }
  });

  it("use every question type across the sets", () => {
    expect(new Set(allQuestions.map(({ q }) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(allQuestions.filter(({ q }) => OBJECTIVE.has(q.type)).every(({ q }) => "support" in q)).toBe(true);
  });

  it("a typo in an anchor fails resolution instead of shipping a broken citation", () => {
    const q = {
      ...setByKey("builtin:comparison").questions[0]!,
      cites: [{ essay: "russia-taliban-engagement" as const, anchor: "p9-s1" }],
    };
    expect(() =>
      resolveBuiltinQuestion(
        q,
        (r) => passageOf(r).text,
        () => "t",
      ),
    ).toThrow(/No passage/);
  });
});
