// Automatic grading of one answer. Pure: the same question and answer always give the same score.
import { MANUAL_TYPES, type QuestionType } from "../questions/schema";

export type GradableQuestion = { type: QuestionType; content: unknown; answerKey: unknown; points: number };
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
export function gradeFraction(q: Omit<GradableQuestion, "points">, answer: unknown): number | null {
  const f = exactFraction(q, answer);
  return f === null ? null : round(f);
}

function exactFraction(q: Omit<GradableQuestion, "points">, answer: unknown): number | null {
  if (MANUAL_TYPES.has(q.type)) return null;
  if (answer === null || answer === undefined) return 0;
  const a = answer as Record<string, unknown>;
  const k = (q.answerKey ?? {}) as Record<string, unknown>;
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "ATTRIBUTION":
      return (a.choiceId ?? a.essaySlug) === k.correct ? 1 : 0;
    case "TRUE_FALSE":
      return a.value === k.correct ? 1 : 0;
    case "EVIDENCE":
      return (k.correct as string[]).includes(a.passageId as string) ? 1 : 0;
    case "MULTIPLE_SELECT": {
      // Each correct pick earns 1/n of the marks, each wrong pick takes 1/n away, never below 0: ticking
      // every box is not a strategy.
      const correct = new Set(k.correct as string[]);
      const picked = new Set((a.choiceIds as string[]) ?? []);
      let right = 0;
      let wrong = 0;
      for (const c of picked) {
        if (correct.has(c)) right++;
        else wrong++;
      }
      return Math.max(0, (right - wrong) / correct.size);
    }
    case "CLOZE": {
      const cs = Boolean(k.caseSensitive);
      const given = normalizeText(String(a.text ?? ""), cs);
      return given !== "" && (k.accepted as string[]).some((x) => normalizeText(x, cs) === given) ? 1 : 0;
    }
    case "ORDERING": {
      // Credit for each item in its correct position.
      const order = k.order as string[];
      const given = (a.order as string[]) ?? [];
      const hits = order.filter((id, i) => given[i] === id).length;
      return hits / order.length;
    }
    default:
      return null;
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
