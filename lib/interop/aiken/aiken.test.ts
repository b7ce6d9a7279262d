import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { importAiken } from "./import-aiken";

describe("Aiken import", () => {
  it("reads questions and reports the malformed ones with their line", () => {
    const src =
      "What is 2+2?\r\nA. 3\r\nB. 4\r\nANSWER: B\r\n\r\nBroken one\nA) x\nB) y\nANSWER: D\n\nWhich colour is the sky?\nA) Blue\nB) Green\nC) Red\nANSWER: a\n\nNo answer here\nA. one\nB. two\n";
    const r = importAiken(strToU8(src), "bank.txt");
    expect(r.questions.map((q) => [q.question.prompt, q.question.answerKey])).toEqual([
      ["What is 2+2?", { correct: "b" }],
      ["Which colour is the sky?", { correct: "a" }],
    ]);
    expect(r.unmapped).toEqual([
      { source: "question at line 6", reason: "The answer D is not one of the options." },
      { source: "question at line 17", reason: "The last question has no ANSWER line." },
    ]);
  });
});
