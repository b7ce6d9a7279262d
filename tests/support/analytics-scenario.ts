// The known class used by the report tests: 30 students who submitted, 6 questions on "Moscow's
// Geopolitical Gamble". Student 0 is the strongest; how many got each question right is fixed, so the
// expected figures can be written down by hand:
//   Q1 single choice (¶2 s2)      24/30 right → facility 80%
//   Q2 true/false (¶3 s3)         15/30 right → 50%
//   Q3 multiple select (¶4 s2)    12 full, 9 half, 9 nothing → (12 + 4.5)/30 = 55%
//   Q4 cloze (¶5 s2)               9/30 right ("China"); wrong: "Iran" ×11, "india" ×10 → 30%
//   Q5 evidence (¶6, whole para)  20/30 right → 66.7%
//   Q6 single choice (¶4 s4)       9/30 right, but only the WEAKEST nine → negative discrimination
import type { QuestionSpec } from "./analytics-data";

type P = (paragraph: number, sentence: number) => string;

export const SCENARIO_STUDENTS = 30;

export const readingCheckQuestions = (p: P): QuestionSpec[] => [
  {
    type: "SINGLE_CHOICE",
    prompt: "What kind of implications does the essay say recognition carries?",
    content: { choices: [{ id: "a", text: "Only symbolic ones" }, { id: "b", text: "Geopolitical, economic and security ones" }, { id: "c", text: "Purely humanitarian ones" }, { id: "d", text: "None at all" }] },
    answerKey: { correct: "b" },
    cites: [{ paragraph: 2, sentence: 2 }],
  },
  { type: "TRUE_FALSE", prompt: "Tajikistan kept Afghanistan's embassy open for the anti-Taliban government.", content: {}, answerKey: { correct: true }, cites: [{ paragraph: 3, sentence: 3 }] },
  {
    type: "MULTIPLE_SELECT",
    prompt: "Which describe the US approach under Trump, per the essay?",
    content: { choices: [{ id: "a", text: "America First" }, { id: "b", text: "Nation building" }, { id: "c", text: "Reluctance to intervene" }] },
    answerKey: { correct: ["a", "c"] },
    cites: [{ paragraph: 4, sentence: 2 }],
  },
  { type: "CLOZE", prompt: "Fill the blank.", content: { before: "Russia's outlook dovetails neatly with", after: "'s." }, answerKey: { accepted: ["China"] }, cites: [{ paragraph: 5, sentence: 2 }] },
  { type: "EVIDENCE", prompt: "Which sentence supports: Russia wants Afghan resources?", content: { claim: "Russia wants Afghan resources.", options: [p(6, 2), p(6, 3)] }, answerKey: { correct: [p(6, 3)] }, cites: [{ paragraph: 6, sentence: 0 }] },
  {
    type: "SINGLE_CHOICE",
    prompt: "How do U.S. and Russian strategies relate, per the essay?",
    content: { choices: [{ id: "a", text: "They conflict" }, { id: "b", text: "They arrive at a similar place" }] },
    answerKey: { correct: "b" },
    cites: [{ paragraph: 4, sentence: 4 }],
  },
];

export function readingCheckAnswer(s: number, q: number, p: P): unknown {
  switch (q) {
    case 0:
      return { choiceId: s < 24 ? "b" : s < 28 ? "c" : "a" };
    case 1:
      return { value: s < 15 };
    case 2:
      return { choiceIds: s < 12 ? ["a", "c"] : s < 21 ? ["a"] : ["b"] };
    case 3:
      return { text: s < 9 ? "China" : s < 20 ? "Iran" : "india" };
    case 4:
      return { passageId: s < 20 ? p(6, 3) : p(6, 2) };
    case 5:
      return { choiceId: s >= 21 ? "b" : "a" };
    default:
      return undefined;
  }
}

/** Names that exercise CSV quoting and formula neutralisation. */
export function scenarioName(s: number): string {
  if (s === 0) return `O'Brien, "Ana"`;
  if (s === 1) return "Ахмад Шах";
  if (s === 2) return `=HYPERLINK("http://evil.example")`;
  return `Student ${String(s + 1).padStart(2, "0")}`;
}
