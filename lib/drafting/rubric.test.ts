import path from "node:path";
import { describe, expect, it } from "vitest";
import { draftQuestions, type Draft } from "./draft-questions";
import { FIXTURE_ESSAYS, loadFixtureEssay } from "./fixture-essays";
import { scoreDrafts } from "./rubric";

const root = path.resolve(import.meta.dirname, "../..");
const essays = FIXTURE_ESSAYS.map((slug) => loadFixtureEssay(root, slug));

// Measured with scripts/eval-drafter.ts when the rubric landed: 24/24, 14/15, 12/12 (96 % overall). The floor
// is the lowest essay's rate rounded down: a change that makes drafts a teacher would not keep fails here.
const FLOOR = 0.9;

describe.each(essays.map((e, i) => [e.slug, i] as const))("the rubric over the drafts of %s", (_slug, i) => {
  const essay = essays[i]!;
  const peers = [essays[(i + 1) % essays.length]!];
  const drafts = draftQuestions(essay, peers);
  const report = scoreDrafts({ essay, peers, drafts });

  it("passes every rule for at least the measured share of drafts", () => {
    expect(report.passedAll / report.drafts, JSON.stringify(report.failures)).toBeGreaterThanOrEqual(FLOOR);
  });

  it("drafts about one question per 100 words, over most paragraphs, with the key in more than one position", () => {
    expect(drafts.length).toBeGreaterThanOrEqual(Math.min(12, Math.round(essay.body.split(/\s+/).length / 100)));
    expect(report.coverage).toBeGreaterThanOrEqual(0.6);
    expect(report.keyPositions.filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});

describe("the rubric's rules catch what a teacher would not keep", () => {
  const essay = essays[0]!;
  const drafts = draftQuestions(essay, [essays[1]!], { limit: 40 });
  const fails = (d: Draft, rule: string, all = [d]) =>
    scoreDrafts({ essay, peers: [essays[1]!], drafts: all }).failures.some((f) => f.rule === rule);
  const evidence = drafts.find((d) => d.kind === "evidence")!;
  const attribution = drafts.find((d) => d.kind === "attribution")!;
  const cloze = drafts.find((d) => d.kind === "cloze")!;

  it("an evidence claim copied from its passage", () => {
    expect(fails(evidence, "claim-not-a-copy")).toBe(false);
    const text = essay.passages.find((p) => p.id === evidence.passageIds[0])!.text;
    if (evidence.type !== "EVIDENCE") throw new Error("not an evidence draft");
    expect(fails({ ...evidence, content: { ...evidence.content, claim: text } }, "claim-not-a-copy")).toBe(true);
  });

  it("an attribution among essays the teacher did not pair", () => {
    expect(fails(attribution, "attribution-among-peers")).toBe(false);
    if (attribution.type !== "ATTRIBUTION") throw new Error("not an attribution draft");
    const c = attribution.content;
    const stray = { ...attribution, content: { ...c, essays: [...c.essays, { slug: "taliban", title: "Taliban" }] } };
    expect(fails(stray, "attribution-among-peers")).toBe(true);
  });

  it("a blank on a fragment, letter ids, a near-duplicate and an unexplained draft", () => {
    if (cloze.type !== "CLOZE") throw new Error("not a cloze draft");
    expect(
      fails({ ...cloze, answerKey: { accepted: ["same Object"], caseSensitive: false } }, "meaningful-blank"),
    ).toBe(true);
    const choice = drafts.find((d) => d.type === "SINGLE_CHOICE");
    if (choice?.type !== "SINGLE_CHOICE") throw new Error("no single-choice draft");
    const c = choice.content;
    const lettered = { ...choice, content: { choices: c.choices.map((x, i) => ({ ...x, id: "abcd"[i]! })) } };
    expect(fails(lettered, "opaque-ids")).toBe(true);
    expect(fails(cloze, "no-near-duplicate", [cloze, cloze])).toBe(true);
    expect(fails({ ...cloze, rationale: "A good sentence." }, "explained")).toBe(true);
  });
});
