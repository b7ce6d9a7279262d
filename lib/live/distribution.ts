// How a question's answers group into the bars of the live distribution, and which bars are correct.
// Pure: the server counts answers with one GROUP BY on the answer JSON, then folds the distinct answers here.
import { normalizeText } from "../grading/grade";
import type { PassageRef } from "../questions/public-question";
import type { QuestionType } from "../questions/schema";

export type Bucket = { id: string; label: string };
type Q = { type: QuestionType; content: unknown };
type Choice = { id: string; text: string };

const passageName = (p: PassageRef | undefined, id: string) =>
  p
    ? `${p.sentence === 0 ? `¶${p.paragraph}` : `¶${p.paragraph} s${p.sentence}`}: ${p.text.length > 80 ? `${p.text.slice(0, 77)}…` : p.text}`
    : id;

/** The fixed bars of a question (before anyone answers); free-text types have their bars made from answers. */
export function fixedBuckets(q: Q, citable: PassageRef[] = []): Bucket[] {
  const c = (q.content ?? {}) as Record<string, unknown>;
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return (c.choices as Choice[]).map((x) => ({ id: x.id, label: x.text }));
    case "TRUE_FALSE":
      return [
        { id: "true", label: "True" },
        { id: "false", label: "False" },
      ];
    case "EVIDENCE": {
      const byId = new Map(citable.map((p) => [p.id, p]));
      return (c.options as string[]).map((id) => ({ id, label: passageName(byId.get(id), id) }));
    }
    case "ATTRIBUTION":
      return (c.essays as { slug: string; title: string }[]).map((e) => ({ id: e.slug, label: e.title }));
    case "DEBATE":
      return (c.stances as Choice[]).map((x) => ({ id: x.id, label: x.text }));
    case "CLOZE":
      return [];
    case "SHORT_ANSWER":
    case "ORDERING":
      return [{ id: "answered", label: "Answered" }];
  }
}

/** The bars one answer counts towards (several for a multiple-select answer). */
export function bucketsOf(q: Q, answer: unknown): Bucket[] {
  const a = (answer ?? {}) as Record<string, unknown>;
  const fixed = new Map(fixedBuckets(q).map((b) => [b.id, b]));
  const pick = (id: unknown) => (typeof id === "string" && fixed.has(id) ? [fixed.get(id)!] : []);
  switch (q.type) {
    case "SINGLE_CHOICE":
      return pick(a.choiceId);
    case "MULTIPLE_SELECT":
      return Array.isArray(a.choiceIds) ? a.choiceIds.flatMap(pick) : [];
    case "TRUE_FALSE":
      return typeof a.value === "boolean" ? pick(String(a.value)) : [];
    case "EVIDENCE":
      return pick(a.passageId);
    case "ATTRIBUTION":
      return pick(a.essaySlug);
    case "DEBATE":
      return pick(a.stanceId);
    case "CLOZE": {
      const t = normalizeText(String(a.text ?? ""));
      return t ? [{ id: `text:${t}`, label: t }] : [];
    }
    case "SHORT_ANSWER":
    case "ORDERING":
      return [{ id: "answered", label: "Answered" }];
  }
}

/** Folds `(answer, count)` groups into bars; free-text bars beyond `maxBars` merge into "Other answers". */
export function tallyAnswers(
  q: Q,
  groups: { answer: unknown; count: number }[],
  citable: PassageRef[] = [],
  maxBars = 8,
) {
  const bars = new Map(fixedBuckets(q, citable).map((b) => [b.id, { ...b, count: 0 }]));
  let answered = 0;
  for (const g of groups) {
    answered += g.count;
    for (const b of bucketsOf(q, g.answer)) {
      const bar = bars.get(b.id) ?? { ...b, count: 0 };
      bar.count += g.count;
      bars.set(b.id, bar);
    }
  }
  let list = [...bars.values()];
  if (q.type === "CLOZE" && list.length > maxBars) {
    list.sort((x, y) => y.count - x.count || x.label.localeCompare(y.label));
    const other = list.slice(maxBars - 1).reduce((n, b) => n + b.count, 0);
    list = [...list.slice(0, maxBars - 1), { id: "other", label: "Other answers", count: other }];
  }
  return { answered, buckets: list };
}

/** Bars that hold a correct answer, given the key (shown only after the reveal). */
export function correctBucketIds(q: Q, key: unknown): string[] {
  const k = (key ?? {}) as Record<string, unknown>;
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "ATTRIBUTION":
      return [String(k.correct)];
    case "MULTIPLE_SELECT":
    case "EVIDENCE":
      return (k.correct as string[]) ?? [];
    case "TRUE_FALSE":
      return [String(k.correct)];
    case "CLOZE":
      return ((k.accepted as string[]) ?? []).map((x) => `text:${normalizeText(x)}`);
    default:
      return [];
  }
}

/** The correct answer in words, for the reveal screen. */
export function correctText(q: Q, key: unknown, citable: PassageRef[] = []): string {
  const k = (key ?? {}) as Record<string, unknown>;
  const labels = new Map(fixedBuckets(q, citable).map((b) => [b.id, b.label]));
  switch (q.type) {
    case "ORDERING": {
      const items = new Map((((q.content ?? {}) as { items?: Choice[] }).items ?? []).map((i) => [i.id, i.text]));
      return ((k.order as string[]) ?? []).map((id, i) => `${i + 1}. ${items.get(id) ?? id}`).join("  ");
    }
    case "CLOZE":
      return ((k.accepted as string[]) ?? []).join(" / ");
    case "SHORT_ANSWER":
      return String(k.modelAnswer ?? "");
    case "DEBATE":
      return "Every side can be argued: the evidence cited is what counts.";
    default:
      return correctBucketIds(q, key)
        .map((id) => labels.get(id) ?? id)
        .join(" · ");
  }
}
