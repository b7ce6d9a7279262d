import "server-only";
import { passageInContext } from "@/lib/live/passage-context";
import type { LiveQuestion } from "@/lib/live/types";
import type { PassageRef } from "@/lib/questions/public-question";
import { screenText } from "@/lib/questions/passages-while-answering";
import { forAnswering, toPublicQuestion } from "@/lib/questions/public-question";
import type { QuestionType } from "@/lib/questions/schema";
import { parseQuestion, type TypedQuestion } from "@/lib/questions/typed-question";
import { db } from "../db";

export type FullLiveQuestion = {
  live: LiveQuestion;
  /** secret (the key): stays on the server until the reveal */
  keyed: TypedQuestion;
  explanation: string;
  total: number;
};

type PassageJson = {
  id: string;
  paragraph: number;
  sentence: number;
  text: string;
  start: number;
  end: number;
  slug: string;
  title: string;
  paraText: string | null;
  paraStart: number | null;
};
type Row = {
  id: string;
  type: QuestionType;
  prompt: string;
  content: unknown;
  answerKey: unknown;
  explanation: string;
  points: number;
  total: number;
  cited: PassageJson[];
  options: PassageJson[];
};

/**
 * The set's question at `index` (ordered by position) with its cited passages in their paragraphs and, for
 * evidence questions, the passages offered. One query: it sits on the "next question" path, where every
 * round trip is felt by the whole room. The caller has already authorized access to the set.
 */
export async function loadLiveQuestion(
  setId: string,
  index: number,
  /** the assignment's setting: cited passages beside the question while answering */
  showPassages = true,
): Promise<FullLiveQuestion | null> {
  if (index < 0) return null;
  const [q] = await db.$queryRaw<Row[]>`
    SELECT q."id", q."type"::text AS "type", q."prompt", q."content", q."answerKey", q."explanation", q."points", q."total",
      COALESCE((
        SELECT json_agg(json_build_object('id', p."id", 'paragraph', p."paragraph", 'sentence', p."sentence", 'text', p."text", 'start', p."start", 'end', p."end",
          'slug', e."slug", 'title', e."title", 'paraText', pp."text", 'paraStart', pp."start") ORDER BY qp."position", p."paragraph", p."sentence")
        FROM "QuestionPassage" qp
        JOIN "Passage" p ON p."id" = qp."passageId"
        JOIN "Essay" e ON e."id" = p."essayId"
        LEFT JOIN "Passage" pp ON pp."essayId" = p."essayId" AND pp."paragraph" = p."paragraph" AND pp."sentence" = 0
        WHERE qp."questionId" = q."id"), '[]') AS "cited",
      COALESCE((
        SELECT json_agg(json_build_object('id', p."id", 'paragraph', p."paragraph", 'sentence', p."sentence", 'text', p."text", 'start', p."start", 'end', p."end",
          'slug', e."slug", 'title', e."title", 'paraText', NULL, 'paraStart', NULL))
        FROM "Passage" p JOIN "Essay" e ON e."id" = p."essayId"
        WHERE q."type" = 'EVIDENCE' AND jsonb_typeof(q."content"->'options') = 'array'
          AND p."id" IN (SELECT jsonb_array_elements_text(q."content"->'options'))), '[]') AS "options"
    FROM (
      SELECT *, (count(*) OVER ())::int AS "total" FROM "Question" WHERE "setId" = ${setId}
      ORDER BY "position", "id" OFFSET ${index} LIMIT 1
    ) q`;
  if (!q) return null;
  const keyed = parseQuestion(q);
  const toRef = (p: PassageJson): PassageRef => ({
    id: p.id,
    essaySlug: p.slug,
    essayTitle: p.title,
    paragraph: p.paragraph,
    sentence: p.sentence,
    text: p.text,
  });
  const live: LiveQuestion = {
    ...forAnswering(toPublicQuestion({ ...keyed, passages: q.cited.map(toRef) }), keyed, showPassages),
    // Shown while students answer under the same rule as the passages (passagesWhileAnswering), applied to the
    // whole paragraph shown around the passage: its other sentences may hold the answer too.
    contexts: q.cited.flatMap((p) => {
      const c = passageInContext({ text: p.paraText ?? p.text, start: p.paraStart ?? p.start }, p, p.title);
      if (screenText(keyed, c.before + c.highlight + c.after, showPassages) === null) return [];
      const screen = (t: string) => screenText(keyed, t) ?? t;
      return [{ ...c, before: screen(c.before), highlight: screen(c.highlight), after: screen(c.after) }];
    }),
    citable: q.options.map(toRef),
  };
  return { live, keyed, explanation: q.explanation, total: q.total };
}
