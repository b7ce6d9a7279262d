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
