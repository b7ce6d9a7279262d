import { describe, expect, it } from "vitest";
import { assertNever } from "@/lib/assert-never";
import { parseQuestion } from "@/lib/questions/typed-question";
import type { InteropQuestion } from "../model";
import { allPassages, builtinInteropSets } from "../test-support/builtin-sets";
import { exportMoodleXml } from "./export-moodle-xml";
import { importMoodleXml } from "./import-moodle-xml";

const sets = builtinInteropSets();
const passages = allPassages();
const utf8 = (s: string) => new TextEncoder().encode(s);
const importXml = (xml: string) => importMoodleXml(utf8(xml), "bank.xml", { passages });

/** What Moodle XML keeps: choice ids are Moodle's own, so choices compare by text and which are right. */
function kept(q: InteropQuestion) {
  const t = parseQuestion({ type: q.type, content: q.content, answerKey: q.answerKey });
  const texts = (list: { text: string }[]) => list.map((x) => x.text);
  const byId = (list: { id: string; text: string }[], ids: string | string[]) =>
    [ids]
      .flat()
      .map((id) => list.find((x) => x.id === id)?.text)
      .sort();
  const base = {
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation,
    points: q.points ?? 1,
    passageIds: [...q.passageIds].sort(),
  };
  switch (t.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return { ...base, choices: texts(t.content.choices), correct: byId(t.content.choices, t.answerKey.correct) };
    case "ORDERING":
      return {
        ...base,
        order: byId(t.content.items, t.answerKey.order).length,
        sequence: t.answerKey.order.map((id) => byId(t.content.items, id)[0]),
      };
    case "DEBATE":
      return {
        ...base,
        stances: texts(t.content.stances),
        minCitations: t.content.minCitations,
        rubric: q.rubric ?? null,
      };
    case "TRUE_FALSE":
    case "SHORT_ANSWER":
    case "CLOZE":
    case "EVIDENCE":
    case "ATTRIBUTION":
      return { ...base, content: t.content, answerKey: t.answerKey, rubric: q.rubric ?? null };
    default:
      return assertNever(t, "question type");
  }
}

describe("Moodle XML export → import", () => {
  it.each(sets.map((s) => [s.title, s] as const))("keeps what the format holds for %s", (_t, set) => {
    const xml = exportMoodleXml(set);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>/);
    const result = importXml(xml);
    expect(result.format).toBe("moodle-xml");
    expect(result.unmapped).toEqual([]);
    expect(result.questions.flatMap((q) => q.warnings)).toEqual([]);
    expect(result.questions.map((q) => kept(q.question))).toEqual(set.questions.map(kept));
  });

  it("writes citations and our type as Moodle tags", () => {
    const xml = exportMoodleXml(sets[0]!);
    expect(xml).toMatch(/<tag>\s*<text>passage-type:[A-Z_]+<\/text>/);
    expect(xml).toMatch(/<text>passage-cite:P\.[a-z0-9-]+\.p\d+(-s\d+)?<\/text>/);
  });
});

describe("Moodle XML from Moodle", () => {
  const q = (type: string, inner: string, name = "A question") =>
    `<question type="${type}"><name><text>${name}</text></name><questiontext format="html"><text><![CDATA[<p>Which?</p>]]></text></questiontext>${inner}</question>`;
  const quiz = (...qs: string[]) =>
    `<?xml version="1.0"?><quiz><question type="category"><category><text>$course$/x</text></category></question>${qs.join("")}</quiz>`;

  it("maps multichoice, truefalse, shortanswer, essay and a one-gap gapselect; lists the rest with a reason", () => {
    const r = importXml(
      quiz(
        q(
          "multichoice",
          `<single>true</single><answer fraction="100"><text>Yes</text><feedback><text>Right</text></feedback></answer><answer fraction="0"><text>No</text></answer>`,
        ),
        q(
          "truefalse",
          `<answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer>`,
        ),
        q(
          "shortanswer",
          `<answer fraction="100"><text>Kyiv</text></answer><answer fraction="50"><text>Kiev</text></answer>`,
        ),
        q("essay", `<graderinfo format="html"><text></text></graderinfo>`),
        `<question type="gapselect"><name><text>Gap</text></name><questiontext><text>The [[1]] sat.</text></questiontext><selectoption><text>cat</text><group>1</group></selectoption><selectoption><text>dog</text><group>1</group></selectoption></question>`,
        q("matching", ""),
        q("numerical", ""),
        q("description", ""),
      ),
    );
    expect(r.questions.map((x) => x.question.type)).toEqual([
      "SINGLE_CHOICE",
      "TRUE_FALSE",
      "CLOZE",
      "SHORT_ANSWER",
      "CLOZE",
    ]);
    expect(r.questions[0]!.warnings).toContain("Feedback on individual answers was dropped (we show one explanation).");
    expect(r.questions[1]!.question.answerKey).toEqual({ correct: false });
    expect(r.questions[2]!.question.answerKey).toMatchObject({ accepted: ["Kyiv"] });
    expect(r.questions[2]!.warnings).toContain("Answers worth partial credit were dropped.");
    expect(r.questions[4]!.question.content).toEqual({ before: "The", after: "sat." });
    expect(r.unmapped.map((u) => u.reason)).toEqual([
      "Matching questions have no equivalent among our types.",
      "Numerical questions have no equivalent among our types.",
      "A description (text with no question) has no equivalent.",
    ]);
  });

  it("refuses a DOCTYPE (XXE), broken XML and another root", () => {
    expect(() =>
      importXml(`<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz>&x;</quiz>`),
    ).toThrow(/DOCTYPE/);
    expect(() => importXml(`<quiz><question type="truefalse"></quiz>`)).toThrow(/not well-formed/);
    expect(() => importXml(`<html></html>`)).toThrow(/not Moodle XML/);
    expect(() => importMoodleXml(utf8("just text"), "bank.xml")).toThrow(/content is plain text/);
  });
});

describe("pictures in a Moodle XML question", () => {
  it("are left out with a warning that quotes their description", () => {
    const r = importXml(`<quiz><question type="truefalse"><name><text>Map</text></name>
      <questiontext format="html"><text><![CDATA[<p>Kabul is north of the river on this map.</p><img src="@@PLUGINFILE@@/map.png" alt="Map of Kabul">]]></text></questiontext>
      <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`);
    expect(r.questions[0]!.warnings).toContain(
      "The question text had a picture (“Map of Kabul”), which we leave out: describe it in the question before saving, or students may not be able to answer.",
    );
  });
});
