import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { importAiken } from "./import-aiken";

describe("Aiken import", () => {
  it("reads questions and reports the malformed ones with their line", () => {
    const src =
      "What is 2+2?\r\nA. 3\r\nB. 4\r\nANSWER: B\r\n\r\nBroken one\nA) x\nB) y\nANSWER: D\n\nWhich colour is the sky?\nA) Blue\nB) Green\nC) Red\nANSWER: a\n\nNo answer here\nA. one\nB. two\n";
    const r = importAiken(strToU8(src), "bank.txt");
    // The key as the text it points at: ids are opaque, never the file's letters (issue 14).
    const keyText = (q: (typeof r.questions)[number]["question"]) =>
      (q.content as { choices: { id: string; text: string }[] }).choices.find(
        (c) => c.id === (q.answerKey as { correct: string }).correct,
      )?.text;
    expect(r.questions.map((q) => [q.question.prompt, keyText(q.question)])).toEqual([
      ["What is 2+2?", "4"],
      ["Which colour is the sky?", "Blue"],
    ]);
    for (const q of r.questions)
      for (const c of (q.question.content as { choices: { id: string }[] }).choices)
        expect(c.id).toMatch(/^c[0-9a-f]{9}$/);
    expect(r.unmapped).toEqual([
      { source: "question at line 6", reason: "The answer D is not one of the options." },
      { source: "question at line 17", reason: "The last question has no ANSWER line." },
    ]);
  });
});
