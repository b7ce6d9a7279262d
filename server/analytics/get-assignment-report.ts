import "server-only";
import { describeCorrectAnswer, isCorrectOption, optionLabels } from "@/lib/csv/describe-answer";
import { histogram, mean, median } from "@/lib/stats/descriptive";
import { analyseMatrix, type TestStats } from "@/lib/stats/item-analysis";
import { itemFlags } from "@/lib/stats/interpret";
import { passageHeat, type PassageHeat } from "@/lib/stats/passage-heat";
import type { SessionUser } from "../auth/session";
import { analyticsDb } from "./analytics-db";
import { findOwnedAssignment } from "./find-owned-assignment";
import { loadAssignmentAggregates } from "./load-assignment-aggregates";
import { loadSetEssays } from "./load-set-essays";

import type { Bin, OptionRow, QuestionReport, StudentRow } from "@/lib/stats/report-rows";
export type { Bin, OptionRow, QuestionReport, StudentRow };

/**
 * The instructor's report on one assignment. SQL does the aggregation (loadAssignmentAggregates); the item
 * statistics then run on the compact attempt × question mark matrix, which is inherent to them: the
 * discrimination index correlates each question with the rest of each attempt, and covariance max pairs
 * sorted marks, which no per-question sum can give. 3,333 attempts × 30 questions is 100k numbers. Every read goes
 * to analyticsDb(): the report may be a few milliseconds behind the primary (decision 0087).
 */
export async function getAssignmentReport({ user, assignmentId }: { user: SessionUser; assignmentId: string }) {
  const from = analyticsDb();
  const a = await findOwnedAssignment({ user, assignmentId, from });
  const [agg, { essays, passageName }] = await Promise.all([
    loadAssignmentAggregates({ assignmentId: a.id, classId: a.classId, questions: a.set.questions, from }),
    loadSetEssays(a.setId, from),
  ]);
  const qs = a.set.questions;
  const { items, test } = analyseMatrix(
    agg.attempts.map((r) => r.marks),
    qs.map((q) => q.points),
  );
  const n = agg.attempts.length;
  const perQ = new Map(agg.questions.map((r) => [r.questionId, r]));
  const questions: QuestionReport[] = qs.map((q, i) => {
    const row = perQ.get(q.id);
    const ungraded = row?.ungraded ?? 0;
    const correct = row?.correct ?? 0;
    const counts = new Map(agg.options.filter((o) => o.questionId === q.id).map((o) => [o.option, o]));
    return {
      id: q.id,
      number: i + 1,
      type: q.type,
      prompt: q.prompt,
      points: q.points,
      passageIds: q.passages.map((p) => p.passageId),
      passageNames: q.passages.map((p) => passageName(p.passageId)),
      correctAnswer: describeCorrectAnswer(q, passageName),
      stats: items[i]!,
      graded: n - ungraded,
      wrong: n - ungraded - correct,
      ungraded,
      // a question with answers awaiting grading gets no verdict yet (they count 0 for now), nor a small sample
      flags: ungraded === 0 ? itemFlags(items[i]!, n) : [],
      options: optionLabels(q, passageName).map((o) => ({
        ...o,
        count: counts.get(o.key)?.count ?? 0,
        meanTotal: counts.get(o.key)?.meanTotal ?? null,
        correct: isCorrectOption(q, o.key),
      })),
      wrongTexts: agg.wrongTexts.filter((w) => w.questionId === q.id).map(({ text, count }) => ({ text, count })),
    };
  });

  const citations = new Map(
    agg.citations.map((c) => [c.passageId, { post: c.postCitations, response: c.responseCitations }]),
  );
  const heat = passageHeat(
    essays.flatMap((e) => e.passages.map((p) => ({ ...p, essayId: e.id }))),
    questions.map((q) => ({ id: q.id, passageIds: q.passageIds, graded: q.graded, wrong: q.wrong })),
    citations,
  );

  const students: StudentRow[] = agg.attempts.map((r) => ({
    attemptId: r.attemptId,
    studentId: r.studentId,
    name: r.name,
    email: r.email,
    score: r.score,
    maxScore: r.maxScore,
    percent: r.score !== null && r.maxScore ? (100 * r.score) / r.maxScore : null,
    seconds: r.seconds,
    submittedAt: r.submittedAt.toISOString(),
  }));
  const percents = students.map((s) => s.percent).filter((p): p is number => p !== null);
  const minutes = students.map((s) => s.seconds / 60);
  const maxMinutes = Math.max(10, Math.ceil(Math.max(0, ...minutes) / 10) * 10);

  return {
    assignment: { id: a.id, title: a.title, classId: a.classId, className: a.class.name, setTitle: a.set.title },
    overview: {
      enrolled: agg.enrolled,
      submitted: n,
      meanPercent: mean(percents),
      medianPercent: median(percents),
      medianMinutes: median(minutes),
      ungradedResponses: questions.reduce((s, q) => s + q.ungraded, 0),
    },
    scoreBins: histogram(percents, 0, 100, 10).map((b, i) => ({
      label: i === 9 ? "90–100%" : `${b.from}–${b.to - 1}%`,
      count: b.count,
    })),
    timeBins: histogram(minutes, 0, maxMinutes, 10).map((b) => ({
      label: `${fmt(b.from)}–${fmt(b.to)} min`,
      count: b.count,
    })),
    test: { ...test, maxTotal: qs.reduce((s, q) => s + q.points, 0) } satisfies TestStats & { maxTotal: number },
    questions,
    essays,
    heat: Object.fromEntries(heat) as Record<string, PassageHeat>,
    students,
  };
}

export type AssignmentReport = Awaited<ReturnType<typeof getAssignmentReport>>;

const fmt = (x: number) => String(Math.round(x * 10) / 10);
