import { describe, expect, expectTypeOf, it } from "vitest";
import { readAnswer, type AnswerShape } from "./answer-shape";
import type { Answer } from "./schema";

describe("readAnswer", () => {
  it("reads a valid answer back whole", () => {
    const debate = { stanceId: "pro", text: "Because.", citations: [{ passageId: "p1", quote: { exact: "x" } }] };
    expect(readAnswer.DEBATE(debate)).toEqual(debate);
    expect(readAnswer.MULTIPLE_SELECT({ choiceIds: ["a", "b"] })).toEqual({ choiceIds: ["a", "b"] });
    expect(readAnswer.TRUE_FALSE({ value: false })).toEqual({ value: false });
  });
  it("keeps what a student is still typing, drops fields of the wrong kind", () => {
    expect(readAnswer.DEBATE({ stanceId: "", text: "x".repeat(20_000) }).text).toHaveLength(20_000);
    expect(readAnswer.SINGLE_CHOICE({ choiceId: 5 })).toEqual({});
    expect(readAnswer.ORDERING(null)).toEqual({});
    expect(readAnswer.CLOZE("text")).toEqual({});
  });
  it("fits every valid answer (types)", () => {
    expectTypeOf<Answer<"SINGLE_CHOICE">>().toExtend<AnswerShape<"SINGLE_CHOICE">>();
    expectTypeOf<Answer<"MULTIPLE_SELECT">>().toExtend<AnswerShape<"MULTIPLE_SELECT">>();
    expectTypeOf<Answer<"TRUE_FALSE">>().toExtend<AnswerShape<"TRUE_FALSE">>();
    expectTypeOf<Answer<"SHORT_ANSWER">>().toExtend<AnswerShape<"SHORT_ANSWER">>();
    expectTypeOf<Answer<"CLOZE">>().toExtend<AnswerShape<"CLOZE">>();
    expectTypeOf<Answer<"EVIDENCE">>().toExtend<AnswerShape<"EVIDENCE">>();
    expectTypeOf<Answer<"ATTRIBUTION">>().toExtend<AnswerShape<"ATTRIBUTION">>();
    expectTypeOf<Answer<"ORDERING">>().toExtend<AnswerShape<"ORDERING">>();
    expectTypeOf<Answer<"DEBATE">>().toExtend<AnswerShape<"DEBATE">>();
  });
});

describe("readAnswer, field by field", () => {
  it("drops unknown fields and a list with one item of the wrong kind", () => {
    expect(readAnswer.SHORT_ANSWER({ text: "t", extra: 1 })).toEqual({ text: "t" });
    expect(readAnswer.MULTIPLE_SELECT({ choiceIds: ["a", 2] })).toEqual({});
    expect(readAnswer.TRUE_FALSE({ value: "true" })).toEqual({});
    expect(readAnswer.ATTRIBUTION([{ essaySlug: "a" }])).toEqual({});
  });
  it("reads a debate answer's stance (null too), and its citations only if every one has a passage", () => {
    expect(readAnswer.DEBATE({ stanceId: null, text: "x" })).toEqual({ stanceId: null, text: "x" });
    expect(readAnswer.DEBATE({ citations: [{ passageId: "p1" }, { quote: { exact: "q" } }] })).toEqual({});
    // a quote of the wrong kind is dropped, the citation kept; a quote keeps its selector's other fields
    expect(
      readAnswer.DEBATE({
        citations: [
          { passageId: "p1", quote: { exact: 3 } },
          { passageId: "p2", quote: { exact: "q", start: 4, end: 5 }, note: "dropped" },
        ],
      }),
    ).toEqual({ citations: [{ passageId: "p1" }, { passageId: "p2", quote: { exact: "q", start: 4, end: 5 } }] });
  });
});
