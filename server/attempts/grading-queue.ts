import "server-only";
import { readAnswer } from "@/lib/questions/answer-shape";
import { parseQuestion } from "@/lib/questions/typed-question";
import { notFound } from "next/navigation";
import { keywordHits } from "@/lib/grading/grade";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { toPassageRef } from "./to-passage-ref";
import { ownedAssignmentWhere } from "../assignments/assignment-access";

/**
 * What needs a person on one of the instructor's assignments: submitted short answers and debate answers,
 * ungraded first, each with its question's rubric, the passages the question and the answer cite, and the
 * key's keywords found in the answer (a hint, never a grade).
 */
export async function getGradingQueue(opts: { user: SessionUser; assignmentId: string }) {
  const assignment = await db.assignment.findFirst({
    where: { id: opts.assignmentId, ...ownedAssignmentWhere(opts.user) },
    select: { id: true, title: true, class: { select: { id: true, name: true } } },
  });
  if (!assignment) notFound();
  const rows = await db.response.findMany({
    where: {
      attempt: { assignmentId: assignment.id, submittedAt: { not: null } },
      question: { type: { in: ["SHORT_ANSWER", "DEBATE"] } },
    },
    orderBy: [{ gradedAt: { sort: "asc", nulls: "first" } }, { question: { position: "asc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      answer: true,
      stance: true,
      manualScore: true,
      feedback: true,
      gradedAt: true,
      attempt: { select: { number: true, student: { select: { name: true } } } },
      citations: {
        select: {
          id: true,
          exact: true,
          passage: {
            select: {
              id: true,
              paragraph: true,
              sentence: true,
              text: true,
              essay: { select: { slug: true, title: true } },
            },
          },
        },
      },
      question: {
        select: {
          id: true,
          type: true,
          prompt: true,
          content: true,
          answerKey: true,
          points: true,
          rubric: true,
          passages: {
            orderBy: { position: "asc" },
            select: {
              passage: {
                select: {
                  id: true,
                  paragraph: true,
                  sentence: true,
                  text: true,
                  essay: { select: { slug: true, title: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const items = rows.map((r) => {
    const q = parseQuestion(r.question);
    const text = (q.type === "DEBATE" ? readAnswer.DEBATE(r.answer) : readAnswer.SHORT_ANSWER(r.answer)).text ?? "";
    const stanceId = q.type === "DEBATE" ? readAnswer.DEBATE(r.answer).stanceId : undefined;
    const stances = q.type === "DEBATE" ? q.content.stances : [];
    const keywords = q.type === "SHORT_ANSWER" ? q.answerKey.keywords : [];
    return {
      id: r.id,
      student: r.attempt.student.name,
      attemptNumber: r.attempt.number,
      text,
      stance: stances.find((s) => s.id === stanceId)?.text ?? null,
      manualScore: r.manualScore,
      feedback: r.feedback ?? "",
      graded: r.gradedAt !== null,
      hits: q.type === "SHORT_ANSWER" ? keywordHits(text, keywords) : [],
      keywords,
      modelAnswer: q.type === "SHORT_ANSWER" ? q.answerKey.modelAnswer : null,
      citations: r.citations.map((c) => ({ ...toPassageRef(c.passage), exact: c.exact })),
      question: {
        id: r.question.id,
        type: r.question.type,
        prompt: r.question.prompt,
        points: r.question.points,
        rubric: r.question.rubric,
        passages: r.question.passages.map((p) => toPassageRef(p.passage)),
      },
    };
  });
  return { assignment, items, remaining: items.filter((i) => !i.graded).length };
}
