// Automatic grading of one answer. Pure: the same question and answer always give the same score.
import { assertNever } from "../assert-never";
import { readAnswer } from "../questions/answer-shape";
import type { QuestionKey } from "../questions/typed-question";

export type GradableQuestion = QuestionKey & { points: number };
/** fraction in [0, 1]; null when a person must grade it (short answer, debate) or nothing was answered. */
export type GradeResult = { fraction: number | null; score: number | null };

/** Normalises typed text for comparison: case, curly quotes, dashes, spaces and closing punctuation. */
export function normalizeText(s: string, caseSensitive = false): string {
  const t = s
    .normalize("NFKC")
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;:!?]+$/, "");
  return caseSensitive ? t : t.toLocaleLowerCase("en");
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The share of the marks an answer earns (0–1, rounded to 6 places), or null for types a person grades. */
export function gradeFraction(q: QuestionKey, answer: unknown): number | null {
  const f = exactFraction(q, answer);
  return f === null ? null : round(f);
}

function exactFraction(q: QuestionKey, answer: unknown): number | null {
  if (answer === null || answer === undefined) return q.type === "SHORT_ANSWER" || q.type === "DEBATE" ? null : 0;
  switch (q.type) {
    case "SINGLE_CHOICE":
      return readAnswer.SINGLE_CHOICE(answer).choiceId === q.answerKey.correct ? 1 : 0;
    case "ATTRIBUTION":
      return readAnswer.ATTRIBUTION(answer).essaySlug === q.answerKey.correct ? 1 : 0;
    case "TRUE_FALSE":
      return readAnswer.TRUE_FALSE(answer).value === q.answerKey.correct ? 1 : 0;
    case "EVIDENCE": {
      const { passageId } = readAnswer.EVIDENCE(answer);
      return passageId !== undefined && q.answerKey.correct.includes(passageId) ? 1 : 0;
    }
    case "MULTIPLE_SELECT": {
      // Each correct pick earns 1/n of the marks, each wrong pick takes 1/n away, never below 0: ticking
      // every box is not a strategy.
      const correct = new Set(q.answerKey.correct);
      const picked = new Set(readAnswer.MULTIPLE_SELECT(answer).choiceIds ?? []);
      let right = 0;
      let wrong = 0;
      for (const c of picked) {
        if (correct.has(c)) right++;
        else wrong++;
      }
      return Math.max(0, (right - wrong) / correct.size);
    }
    case "CLOZE": {
      const cs = q.answerKey.caseSensitive;
      const given = normalizeText(readAnswer.CLOZE(answer).text ?? "", cs);
      return given !== "" && q.answerKey.accepted.some((x) => normalizeText(x, cs) === given) ? 1 : 0;
    }
    case "ORDERING": {
      // Credit for each item in its correct position.
      const order = q.answerKey.order;
      const given = readAnswer.ORDERING(answer).order ?? [];
      const hits = order.filter((id, i) => given[i] === id).length;
      return hits / order.length;
    }
    case "SHORT_ANSWER":
    case "DEBATE":
      // A person grades these.
      return null;
    default:
      return assertNever(q, "question type");
  }
}

/** Points for an answer: the exact fraction times the points, rounded once (1 of 3 in place on a 3-point
 *  ordering question is 1 point, not 0.999999). */
export function gradeAnswer(q: GradableQuestion, answer: unknown): GradeResult {
  const f = exactFraction(q, answer);
  return { fraction: f === null ? null : round(f), score: f === null ? null : round(f * q.points) };
}

/** Keywords from the key found in a written answer: a hint for the grader, never a grade by itself. */
export function keywordHits(text: string, keywords: string[]): string[] {
  const t = normalizeText(text);
  return keywords.filter((k) => t.includes(normalizeText(k)));
}

/** A response's points: a person's grade wins over the automatic one. */
export function responseScore(r: { manualScore: number | null; autoScore: number | null }): number | null {
  return r.manualScore ?? r.autoScore;
}
