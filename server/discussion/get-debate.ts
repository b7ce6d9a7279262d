import "server-only";
import type { DiscussionRef } from "./load-discussion-context";
import { evidenceCounts, evidenceShade, topPassages } from "@/lib/discussion/evidence-map";
import type { AnswerView } from "@/lib/discussion/view-types";
import { passageLabel } from "@/lib/passages/group";
import { AppError } from "@/lib/errors/app-error";
import { db } from "../db";
import { getDiscussion } from "./get-discussion";

/**
 * The debate view of a DEBATE question: arguments in one column per side, an evidence map (which passages
 * each side cites, as essay shading plus a table) and, for the instructor, a class summary. Built on the
 * discussion's data, so the same visibility rules (reveal after answering, anonymity, hidden posts) apply.
 */
export async function getDebate({ viewer, assignmentId, questionId }: DiscussionRef) {
  // The viewer's own answer is read beside the discussion (its `where` is theirs alone), not after it.
  const [d, mine] = await Promise.all([
    getDiscussion({ viewer, assignmentId, questionId }),
    // Has the viewer already taken a side (in any attempt)? Then the debate view offers no answer form.
    viewer.role === "STUDENT"
      ? db.response.findFirst({
          where: { questionId, attempt: { assignmentId, studentId: viewer.id } },
          orderBy: { attempt: { number: "desc" } },
          select: { stance: true, answer: true, attempt: { select: { submittedAt: true } } },
        })
      : null,
  ]);
  if (d.question.type !== "DEBATE") throw new AppError("NOT_FOUND", "This question is not a debate prompt.");
  const stances = d.question.stances;
  const byStance = new Map<string, AnswerView[]>(stances.map((s) => [s.id, []]));
  for (const g of d.groups)
    for (const a of g.answers) if (a.stanceId && byStance.has(a.stanceId)) byStance.get(a.stanceId)!.push(a);
  const columns = stances.map((s) => ({ stance: s, answers: byStance.get(s.id)! }));

  const cites = columns.flatMap((c) =>
    c.answers.flatMap((a) => a.citations.map((x) => ({ stanceId: c.stance.id, passageId: x.passageId }))),
  );
  const allPassages = d.essays.flatMap((e) => e.passages);
  const rows = evidenceCounts(cites, allPassages);
  const shade = evidenceShade(rows, stances);
  const info = new Map(
    d.essays.flatMap((e) =>
      e.passages.map(
        (p) =>
          [
            p.id,
            {
              essayTitle: e.title,
              label: passageLabel(p),
              text: p.text,
              order: `${e.id}:${String(p.paragraph).padStart(4, "0")}:${String(p.sentence).padStart(4, "0")}`,
            },
          ] as const,
      ),
    ),
  );
  const table = [...rows.values()]
    .map((r) => ({ ...r, ...info.get(r.passageId)! }))
    .filter((r) => r.label)
    .sort((a, b) => b.total - a.total || a.order.localeCompare(b.order));
  const summary = stances.map((s) => ({
    stance: s,
    count: byStance.get(s.id)!.length,
    top: topPassages(rows, s.id).map((t) => ({ ...t, ...info.get(t.passageId)! })),
  }));

  // The student's own draft (their data only) pre-fills the form, so nothing typed in the quiz is lost.
  return {
    ...d,
    question: d.question, // narrowed to the debate prompt above
    columns,
    shade,
    table,
    summary,
    myAnswer: mine ? { stanceId: mine.stance, submitted: mine.attempt.submittedAt !== null, draft: mine.answer } : null,
  };
}
