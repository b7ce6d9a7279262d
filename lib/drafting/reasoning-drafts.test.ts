// The stance, cause-and-effect and comparison kinds: what each rule reads in a sentence, and the drafts it makes.
import path from "node:path";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_ESSAYS } from "@/lib/essays/builtin-essays";
import { validateQuestion } from "@/lib/questions/schema";
import { causalLinkOf } from "./cause-drafts";
import { discusses } from "./comparison-drafts";
import { draftQuestions, type Draft } from "./draft-questions";
import { toDraftEssay } from "./fixture-essays";
import { scoreDrafts } from "./rubric";
import { stanceOf } from "./stance-drafts";

const root = path.resolve(import.meta.dirname, "../..");
const library = BUILTIN_ESSAYS.map((e) => {
  const r = e.parse(fs.readFileSync(path.join(root, "content/essays", e.file), "utf8"));
  return toDraftEssay(r.slug, r.title, r.body);
});

const keyOf = (d: Draft) =>
  d.type === "SINGLE_CHOICE" ? d.content.choices.find((c) => c.id === d.answerKey.correct) : undefined;
const others = (d: Draft) =>
  d.type === "SINGLE_CHOICE" ? d.content.choices.filter((c) => c.id !== d.answerKey.correct) : [];

describe("the author's stance", () => {
  it("reads one position and states its opposite", () => {
    expect(stanceOf("Justice ought to hold the balance between them.")).toEqual({
      text: "Justice ought to hold the balance between them.",
      opposite: "Justice ought not to hold the balance between them.",
      marker: "ought to",
    });
    expect(stanceOf("The causes of faction cannot be removed by any law.")?.opposite).toBe(
      "The causes of faction can be removed by any law.",
    );
    expect(stanceOf("I think the reformers were right about the tariff.")?.opposite).toBe(
      "I do not think the reformers were right about the tariff.",
    );
  });

  it("leaves alone what is not one clear position of the author's", () => {
    for (const text of [
      "The council must act, and it must act before the spring.", // two positions
      "The council must not wait for the spring to come.", // already negative
      "Let us weigh the efficacy which it must derive from the Union.", // a relative clause
      "Conformity is rarely a business interest, I think.", // an aside
      "Must the council wait for the spring to come?", // a question
      "It must be so.", // too short
    ])
      expect(stanceOf(text), text).toBeNull();
  });
});

describe("cause and effect", () => {
  it("splits a sentence into the cause and the effect it states", () => {
    expect(causalLinkOf("So Russia fills the void, because power hates a vacuum.")).toMatchObject({
      cause: "power hates a vacuum",
      effect: "Russia fills the void",
      marker: "because",
    });
    expect(causalLinkOf("Because the harvest failed twice, the price of bread doubled in the city.")).toMatchObject({
      cause: "the harvest failed twice",
      effect: "the price of bread doubled in the city",
    });
    expect(
      causalLinkOf("The mines stayed closed for years due to international isolation of the regime."),
    ).toMatchObject({ cause: "international isolation of the regime", effect: "the mines stayed closed for years" });
    expect(causalLinkOf("Cheap foreign credit led to a building boom in every coastal town.")).toMatchObject({
      cause: "cheap foreign credit",
      effect: "a building boom in every coastal town",
    });
  });

  it("leaves alone a sentence with no cause, two, or 'since' as a time", () => {
    expect(causalLinkOf("The river rose in the night and the town slept.")).toBeNull();
    expect(causalLinkOf("Since 2021 the embassy has stayed open in the capital.")).toBeNull();
    expect(causalLinkOf("Prices rose because wages rose, and wages rose because prices rose.")).toBeNull();
  });
});

describe("the new kinds over an essay", () => {
  const body = [
    "The town council must protect the old harbour wall from the sea. Because the storms of 1990 broke the wall, the fish market moved inland to the station.",
    "The fishermen lost their moorings due to the collapse of the northern pier. I think the council waited far too long before it repaired anything.",
    "Tourists came back slowly, and the hotels stayed half empty through the summer. Cheap rail fares led to a revival of day trips from the city.",
    "The harbour should remain a working port for the fishing fleet. The council cannot ignore the fishermen and their families any longer.",
  ].join("\n");
  const essay = toDraftEssay("harbour", "The Harbour Wall", body);
  const drafts = draftQuestions(essay, [], { limit: 30, kinds: ["stance", "cause"] });

  it("drafts stance and cause questions, each valid, citing its sentence and passing the rubric", () => {
    const kinds = new Set(drafts.map((d) => d.kind));
    expect(kinds).toEqual(new Set(["stance", "cause"]));
    const report = scoreDrafts({ essay, peers: [], drafts });
    expect(report.failures).toEqual([]);
    for (const d of drafts) {
      expect(validateQuestion(d).ok).toBe(true);
      const cited = essay.passages.find((p) => p.id === d.passageIds[0])!;
      expect(cited.sentence).toBeGreaterThan(0);
      expect(d.rationale).toMatch(/^Rule “(author’s stance|cause and effect)”: p\d+-s\d+/);
    }
  });

  it("stance: the key is the sentence as written, one distractor its opposite", () => {
    for (const d of drafts.filter((x) => x.kind === "stance")) {
      const cited = essay.passages.find((p) => p.id === d.passageIds[0])!;
      expect(keyOf(d)?.text).toBe(cited.text);
      expect(others(d).map((c) => c.text)).toContain(stanceOf(cited.text)!.opposite);
    }
  });

  it("cause: the key is the sentence's cause, not shown in the stem; distractors are the essay's other causes", () => {
    const d = drafts.find((x) => x.kind === "cause" && x.prompt.includes("the fish market moved inland"))!;
    expect(keyOf(d)?.text).toBe("the storms of 1990 broke the wall");
    expect(d.prompt).not.toContain("storms");
    for (const c of others(d)) expect(body).toContain(c.text.slice(1));
  });

  it("the rubric fails a stance distractor that is not one of the essay's positions, and a key not in the cited text", () => {
    const d = drafts.find((x) => x.kind === "stance")!;
    if (d.type !== "SINGLE_CHOICE") throw new Error("a stance draft is single choice");
    const wrong = others(d)[0]!;
    const stray: Draft = {
      ...d,
      content: {
        choices: d.content.choices.map((c) => (c.id === wrong.id ? { ...c, text: "The moon is made of cheese." } : c)),
      },
    };
    const fails = (x: Draft, rule: string) =>
      scoreDrafts({ essay, peers: [], drafts: [x] }).failures.some((f) => f.rule === rule);
    expect(fails(d, "same-kind-distractors")).toBe(false);
    expect(fails(stray, "same-kind-distractors")).toBe(true);
    expect(fails({ ...d, passageIds: ["harbour#p9-s9"] }, "key-cited")).toBe(true);
    expect(
      fails({ ...d, passageIds: [essay.passages.find((p) => p.sentence === 1 && p.paragraph === 3)!.id] }, "key-cited"),
    ).toBe(true);
  });
});

describe("comparing two essays", () => {
  const [engagement, gamble] = library;
  const drafts = draftQuestions(gamble!, [engagement!], { limit: 30, kinds: ["comparison"] });

  it("asks what both paired essays discuss, citing a sentence of each", () => {
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    const report = scoreDrafts({ essay: gamble!, peers: [engagement!], drafts });
    expect(report.failures).toEqual([]);
    for (const d of drafts) {
      expect(validateQuestion(d).ok).toBe(true);
      const [mine, theirs] = d.passageIds;
      const here = gamble!.passages.find((p) => p.id === mine)!;
      const there = engagement!.passages.find((p) => p.id === theirs)!;
      const key = keyOf(d)!.text;
      expect(discusses(here.text, key) && discusses(there.text, key), key).toBe(true);
      for (const c of others(d))
        expect(discusses(gamble!.body, c.text) !== discusses(engagement!.body, c.text), c.text).toBe(true);
    }
  });

  it("makes none without a paired essay", () => {
    expect(draftQuestions(gamble!, [], { kinds: ["comparison"] })).toEqual([]);
  });
});
