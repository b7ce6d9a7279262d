import { describe, expect, it } from "vitest";
import { passagesWhileAnswering } from "./passages-while-answering";
import { forAnsweringAll, type PassageRef } from "./public-question";
import type { TypedQuestion } from "./typed-question";

const passage = (text: string, id = "p1"): PassageRef => ({
  id,
  essaySlug: "declaration",
  essayTitle: "The Declaration",
  paragraph: 1,
  sentence: 1,
  text,
});
const congress = passage("In 1776, the Continental Congress declared independence.");
const other = passage("The war went on for years.", "p2");
const choices = [
  { id: "a", text: "the Continental Congress" },
  { id: "b", text: "the Crown" },
];

describe("passagesWhileAnswering", () => {
  it("shows a cloze passage with the blank blanked, not the answer", () => {
    const r = passagesWhileAnswering({
      type: "CLOZE",
      content: { before: "In", after: ", the Continental Congress" },
      answerKey: { accepted: ["1776"], caseSensitive: false },
      passages: [congress, other],
    });
    expect(r.passages.map((p) => p.text)).toEqual([
      "In ____, the Continental Congress declared independence.",
      "The war went on for years.",
    ]);
    expect(r.withheld).toBe(0);
  });

  it("blanks whole words only, whatever their case", () => {
    const r = passagesWhileAnswering({
      type: "CLOZE",
      content: { before: "", after: "met." },
      answerKey: { accepted: ["congress"], caseSensitive: false },
      passages: [passage("Congress met; congressional records say the Congress agreed.")],
    });
    expect(r.passages[0]!.text).toBe("____ met; congressional records say the ____ agreed.");
  });

  it("withholds a passage that quotes the correct choice verbatim, keeps the others", () => {
    const r = passagesWhileAnswering({
      type: "SINGLE_CHOICE",
      content: { choices },
      answerKey: { correct: "a" },
      passages: [congress, other],
    });
    expect(r).toEqual({ passages: [other], withheld: 1 });
  });

  it("shows passages that do not contain the key", () => {
    const r = passagesWhileAnswering({
      type: "SINGLE_CHOICE",
      content: { choices },
      answerKey: { correct: "b" },
      passages: [congress],
    });
    expect(r).toEqual({ passages: [congress], withheld: 0 });
  });

  it("never shows an evidence or attribution question's passages: they are its answer", () => {
    const evidence = {
      type: "EVIDENCE" as const,
      content: { claim: "Independence was declared.", options: ["p1", "p2"] },
      answerKey: { correct: ["p1"] },
    };
    const attribution = {
      type: "ATTRIBUTION" as const,
      content: {
        statement: "Independence was declared.",
        essays: [
          { slug: "declaration", title: "The Declaration" },
          { slug: "other", title: "Another" },
        ],
      },
      answerKey: { correct: "declaration" },
    };
    for (const q of [evidence, attribution])
      expect(passagesWhileAnswering({ ...q, passages: [congress] })).toEqual({
        passages: [],
        withheld: 1,
      });
  });

  it("shows none when the assignment hides passages while answering", () => {
    const q = { type: "TRUE_FALSE" as const, content: {}, answerKey: { correct: true }, passages: [congress] };
    expect(passagesWhileAnswering(q, false)).toEqual({ passages: [], withheld: 1 });
    expect(passagesWhileAnswering(q)).toEqual({ passages: [congress], withheld: 0 });
  });

  it("ignores keys too short to mean anything on their own", () => {
    const r = passagesWhileAnswering({
      type: "CLOZE",
      content: { before: "", after: "1776" },
      answerKey: { accepted: ["in"], caseSensitive: false },
      passages: [congress],
    });
    expect(r.passages).toEqual([congress]);
  });
});

describe("questions shown on one page together (forAnsweringAll)", () => {
  it("screens each question's passages for the other questions' keys too", () => {
    const crown = passage("Then the Crown sent more troops.", "p3");
    const questions = [
      { id: "q1", type: "CLOZE" as const, content: { before: "In", after: "," }, passages: [congress] },
      { id: "q2", type: "TRUE_FALSE" as const, content: {}, passages: [congress, other] },
      { id: "q3", type: "SINGLE_CHOICE" as const, content: { choices }, passages: [other] },
      { id: "q4", type: "SHORT_ANSWER" as const, content: {}, passages: [crown, other] },
    ];
    const keyed: Record<string, TypedQuestion> = {
      q1: {
        type: "CLOZE",
        content: { before: "In", after: "," },
        answerKey: { accepted: ["1776"], caseSensitive: false },
      },
      q2: { type: "TRUE_FALSE", content: {}, answerKey: { correct: true } },
      q3: { type: "SINGLE_CHOICE", content: { choices }, answerKey: { correct: "b" } },
      q4: { type: "SHORT_ANSWER", content: {}, answerKey: { modelAnswer: "More soldiers came", keywords: [] } },
    };
    const shown = forAnsweringAll(questions, (q) => keyed[q.id]);
    // The cloze's year is blanked beside the true/false question citing the same sentence (it was shown whole).
    expect(shown[1]!.passages.map((p) => p.text)).toEqual([
      "In ____, the Continental Congress declared independence.",
      "The war went on for years.",
    ]);
    // q4 cites a sentence quoting q3's correct choice ("the Crown") verbatim: withheld there too.
    expect(shown[3]!.passages.map((p) => p.text)).toEqual(["The war went on for years."]);
    expect(shown[2]!.passages.map((p) => p.text)).toEqual(["The war went on for years."]);
  });
});
