import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { parseQuestion } from "@/lib/questions/typed-question";
import { importAiken } from "./import-aiken";

const choices = (q: Parameters<typeof parseQuestion>[0]) => {
  const t = parseQuestion(q);
  return t.type === "SINGLE_CHOICE" ? t.content.choices : [];
};

describe("Aiken import", () => {
  it("reads questions and reports the malformed ones with their line", () => {
    const src =
      "What is 2+2?\r\nA. 3\r\nB. 4\r\nANSWER: B\r\n\r\nBroken one\nA) x\nB) y\nANSWER: D\n\nWhich colour is the sky?\nA) Blue\nB) Green\nC) Red\nANSWER: a\n\nNo answer here\nA. one\nB. two\n";
    const r = importAiken(strToU8(src), "bank.txt");
    // The key as the text it points at: ids are opaque, never the file's letters (issue 14).
    const keyText = (q: (typeof r.questions)[number]["question"]) => {
      const t = parseQuestion(q);
      return t.type === "SINGLE_CHOICE" ? t.content.choices.find((c) => c.id === t.answerKey.correct)?.text : t.type;
    };
    expect(r.questions.map((q) => [q.question.prompt, keyText(q.question)])).toEqual([
      ["What is 2+2?", "4"],
      ["Which colour is the sky?", "Blue"],
    ]);
    for (const q of r.questions) for (const c of choices(q.question)) expect(c.id).toMatch(/^c[0-9a-f]{9}$/);
    expect(r.unmapped).toEqual([
      { source: "question at line 6", reason: "The answer D is not one of the options." },
      { source: "question at line 17", reason: "The last question has no ANSWER line." },
    ]);
  });
});
