import { describe, expect, it } from "vitest";
import { isAnswered, parseAnswer, validateQuestion } from "./schema";

const base = { prompt: "Why does Russia engage?", explanation: "See ¶2.", points: 1, passageIds: ["p1"] };
const choices = [
  { id: "a", text: "Security" },
  { id: "b", text: "Tourism" },
];

describe("validateQuestion", () => {
  it("accepts a well-formed question of each type", () => {
    const ok = [
      { type: "SINGLE_CHOICE", content: { choices }, answerKey: { correct: "a" } },
      { type: "MULTIPLE_SELECT", content: { choices }, answerKey: { correct: ["a", "b"] } },
      { type: "TRUE_FALSE", content: {}, answerKey: { correct: true } },
      {
        type: "SHORT_ANSWER",
        content: {},
        answerKey: { modelAnswer: "Because of ISIS-K.", keywords: ["ISIS-K"] },
        rubric: "2 pts: names ISIS-K",
      },
      {
        type: "CLOZE",
        content: { before: "Then there’s ", after: ", the Afghan branch." },
        answerKey: { accepted: ["ISIS-K"] },
      },
      {
        type: "EVIDENCE",
        content: { claim: "Russia fears spillover.", options: ["p1", "p2"] },
        answerKey: { correct: ["p2"] },
      },
      {
        type: "ATTRIBUTION",
        content: {
          statement: "Recognition betrays the resistance.",
          essays: [
            { slug: "x", title: "X" },
            { slug: "y", title: "Y" },
          ],
        },
        answerKey: { correct: "y" },
      },
      { type: "ORDERING", content: { items: choices }, answerKey: { order: ["b", "a"] } },
      {
        type: "DEBATE",
        content: {
          stances: [
            { id: "for", text: "For" },
            { id: "against", text: "Against" },
          ],
        },
        answerKey: {},
      },
    ];
    for (const q of ok) expect(validateQuestion({ ...base, ...q }), q.type).toMatchObject({ ok: true });
  });

  it("requires at least one cited passage", () => {
    const r = validateQuestion({
      ...base,
      passageIds: [],
      type: "TRUE_FALSE",
      content: {},
      answerKey: { correct: true },
    });
    expect(r).toEqual({ ok: false, errors: { passageIds: "Cite at least one passage the question is drawn from." } });
  });

  it("reports keys that do not match the content", () => {
    expect(
      validateQuestion({ ...base, type: "SINGLE_CHOICE", content: { choices }, answerKey: { correct: "z" } }),
    ).toEqual({
      ok: false,
      errors: { "answerKey.correct": "Mark which choice is correct." },
    });
    expect(
      validateQuestion({ ...base, type: "ORDERING", content: { items: choices }, answerKey: { order: ["a", "a"] } }),
    ).toMatchObject({
      ok: false,
      errors: { "answerKey.order": "The correct order must list every item exactly once." },
    });
    expect(
      validateQuestion({
        ...base,
        type: "EVIDENCE",
        content: { claim: "c", options: ["p1", "p2"] },
        answerKey: { correct: ["p3"] },
      }),
    ).toMatchObject({ ok: false });
  });

  it("rejects duplicate choices, a single choice and an empty prompt", () => {
    expect(
      validateQuestion({
        ...base,
        type: "SINGLE_CHOICE",
        content: { choices: [choices[0], { id: "b", text: "security" }] },
        answerKey: { correct: "a" },
      }),
    ).toMatchObject({
      ok: false,
      errors: { "content.choices": "Two choices have the same text." },
    });
    expect(
      validateQuestion({
        ...base,
        type: "SINGLE_CHOICE",
        content: { choices: [choices[0]] },
        answerKey: { correct: "a" },
      }),
    ).toMatchObject({
      ok: false,
      errors: { "content.choices": "Give at least two choices." },
    });
    expect(
      validateQuestion({ ...base, prompt: "  ", type: "TRUE_FALSE", content: {}, answerKey: { correct: true } }),
    ).toMatchObject({
      ok: false,
      errors: { prompt: "The question cannot be empty." },
    });
  });
});

describe("parseAnswer", () => {
  it("accepts valid answers and rejects unknown choices, wrong types and oversized text", () => {
    expect(parseAnswer({ type: "SINGLE_CHOICE", content: { choices } }, { choiceId: "a" })).toEqual({
      ok: true,
      answer: { choiceId: "a" },
    });
    expect(parseAnswer({ type: "SINGLE_CHOICE", content: { choices } }, { choiceId: "zzz" })).toEqual({
      ok: false,
      error: "That choice is not one of this question's options.",
    });
    expect(parseAnswer({ type: "TRUE_FALSE", content: {} }, { value: "yes" })).toMatchObject({ ok: false });
    expect(parseAnswer({ type: "SHORT_ANSWER", content: {} }, { text: "x".repeat(10_001) })).toEqual({
      ok: false,
      error: "This answer is too long: keep it under 10,000 characters.",
    });
    // 10,000 characters of 3-byte text is more than 10 kB.
    expect(parseAnswer({ type: "SHORT_ANSWER", content: {} }, { text: "ж".repeat(6000) })).toEqual({
      ok: false,
      error: "This answer is too long: keep it under 10,000 characters.",
    });
  });

  it("checks a debate answer's stance", () => {
    const content = {
      stances: [
        { id: "for", text: "For" },
        { id: "against", text: "Against" },
      ],
      minCitations: 1,
    };
    expect(parseAnswer({ type: "DEBATE", content }, { stanceId: "maybe", text: "x", citations: [] })).toEqual({
      ok: false,
      error: "Pick one of the sides offered.",
    });
    expect(isAnswered({ type: "DEBATE", content }, { stanceId: "for", text: "x", citations: [] })).toBe(false);
    // A draft argument typed before choosing a side is saved (stance null) but does not count as answered.
    for (const stanceId of ["", null, undefined]) {
      const draft = parseAnswer(
        { type: "DEBATE", content },
        { stanceId, text: "my argument", citations: [{ passageId: "p1" }] },
      );
      expect(draft).toEqual({
        ok: true,
        answer: { stanceId: null, text: "my argument", citations: [{ passageId: "p1" }] },
      });
      expect(isAnswered({ type: "DEBATE", content }, draft.ok ? draft.answer : null)).toBe(false);
    }
    expect(
      isAnswered({ type: "DEBATE", content }, { stanceId: "for", text: "x", citations: [{ passageId: "p1" }] }),
    ).toBe(true);
  });
});
