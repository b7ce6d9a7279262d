// How a question's answers group into the bars of the live distribution, and which bars are correct.
// Pure: the server counts answers with one GROUP BY on the answer JSON, then folds the distinct answers here.
import { normalizeText } from "../grading/grade";
import { assertNever } from "../assert-never";
import { readAnswer } from "../questions/answer-shape";
import type { PassageRef } from "../questions/public-question";
import type { QuestionContent, TypedQuestion } from "../questions/typed-question";

export type Bucket = { id: string; label: string };
type Q = QuestionContent;

const passageName = (p: PassageRef | undefined, id: string) =>
  p
    ? `${p.sentence === 0 ? `¶${p.paragraph}` : `¶${p.paragraph} s${p.sentence}`}: ${p.text.length > 80 ? `${p.text.slice(0, 77)}…` : p.text}`
    : id;

/** The fixed bars of a question (before anyone answers); free-text types have their bars made from answers. */
export function fixedBuckets(q: Q, citable: PassageRef[] = []): Bucket[] {
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return q.content.choices.map((x) => ({ id: x.id, label: x.text }));
    case "TRUE_FALSE":
      return [
        { id: "true", label: "True" },
        { id: "false", label: "False" },
      ];
    case "EVIDENCE": {
      const byId = new Map(citable.map((p) => [p.id, p]));
      return q.content.options.map((id) => ({ id, label: passageName(byId.get(id), id) }));
    }
    case "ATTRIBUTION":
      return q.content.essays.map((e) => ({ id: e.slug, label: e.title }));
    case "DEBATE":
      return q.content.stances.map((x) => ({ id: x.id, label: x.text }));
    case "CLOZE":
      return [];
    case "SHORT_ANSWER":
    case "ORDERING":
      return [{ id: "answered", label: "Answered" }];
    default:
      return assertNever(q, "question type");
  }
}

/** The bars one answer counts towards (several for a multiple-select answer). */
export function bucketsOf(q: Q, answer: unknown): Bucket[] {
  const fixed = new Map(fixedBuckets(q).map((b) => [b.id, b]));
  const pick = (id: string | undefined) => (id !== undefined && fixed.has(id) ? [fixed.get(id)!] : []);
  switch (q.type) {
    case "SINGLE_CHOICE":
      return pick(readAnswer.SINGLE_CHOICE(answer).choiceId);
    case "MULTIPLE_SELECT":
      return (readAnswer.MULTIPLE_SELECT(answer).choiceIds ?? []).flatMap(pick);
    case "TRUE_FALSE": {
      const { value } = readAnswer.TRUE_FALSE(answer);
      return value === undefined ? [] : pick(String(value));
    }
    case "EVIDENCE":
      return pick(readAnswer.EVIDENCE(answer).passageId);
    case "ATTRIBUTION":
      return pick(readAnswer.ATTRIBUTION(answer).essaySlug);
    case "DEBATE":
      return pick(readAnswer.DEBATE(answer).stanceId ?? undefined);
    case "CLOZE": {
      const t = normalizeText(readAnswer.CLOZE(answer).text ?? "");
      return t ? [{ id: `text:${t}`, label: t }] : [];
    }
    case "SHORT_ANSWER":
    case "ORDERING":
      return [{ id: "answered", label: "Answered" }];
    default:
      return assertNever(q, "question type");
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
export function correctBucketIds(q: TypedQuestion): string[] {
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "ATTRIBUTION":
      return [q.answerKey.correct];
    case "MULTIPLE_SELECT":
    case "EVIDENCE":
      return q.answerKey.correct;
    case "TRUE_FALSE":
      return [String(q.answerKey.correct)];
    case "CLOZE":
      return q.answerKey.accepted.map((x) => `text:${normalizeText(x)}`);
    case "SHORT_ANSWER":
    case "ORDERING":
    case "DEBATE":
      return [];
    default:
      return assertNever(q, "question type");
  }
}

/** The correct answer in words, for the reveal screen. */
export function correctText(q: TypedQuestion, citable: PassageRef[] = []): string {
  switch (q.type) {
    case "ORDERING": {
      const items = new Map(q.content.items.map((i) => [i.id, i.text]));
      return q.answerKey.order.map((id, i) => `${i + 1}. ${items.get(id) ?? id}`).join("  ");
    }
    case "CLOZE":
      return q.answerKey.accepted.join(" / ");
    case "SHORT_ANSWER":
      return q.answerKey.modelAnswer;
    case "DEBATE":
      return "Every side can be argued: the evidence cited is what counts.";
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
    case "TRUE_FALSE":
    case "EVIDENCE":
    case "ATTRIBUTION": {
      const labels = new Map(fixedBuckets(q, citable).map((b) => [b.id, b.label]));
      return correctBucketIds(q)
        .map((id) => labels.get(id) ?? id)
        .join(" · ");
    }
    default:
      return assertNever(q, "question type");
  }
}
