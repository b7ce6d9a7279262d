import "server-only";
import { cache } from "react";
import { parseQuestion } from "@/lib/questions/typed-question";
import { AppError } from "@/lib/errors/app-error";
import { playedQuestionCount } from "@/lib/live/played-questions";
import type { SessionUser } from "../auth/session";
import { ownedAssignmentWhere } from "../assignments/assignment-access";
import { db, type Db } from "../db";

export const REPORT_NOT_FOUND = "This report does not exist, or it belongs to another instructor's class.";

const QUESTION_SELECT = {
  id: true,
  position: true,
  type: true,
  prompt: true,
  content: true,
  answerKey: true,
  points: true,
  passages: { orderBy: { position: "asc" }, select: { passageId: true } },
} as const;

/**
 * The assignment with its questions that count (and their cited passages; for a live assignment the ones played) when `user` is the instructor who owns its
 * class. Anyone else gets NOT_FOUND, so a report's existence is not revealed. `from`: the reports pass
 * analyticsDb() (a replica when one is set); the grading view keeps the primary. Once per request and client
 * (React's cache): the report's layout, its page and its reading-time section all ask (the same client when no
 * replica is set), and the assignment and its questions are read side by side (both filtered by ownership).
 */
export function findOwnedAssignment({
  user,
  assignmentId,
  from = db,
}: {
  user: SessionUser;
  assignmentId: string;
  from?: Db;
}) {
  return findOwnedAssignmentOnce(user.id, user.role, assignmentId, from);
}

const findOwnedAssignmentOnce = cache(
  async (userId: string, role: SessionUser["role"], assignmentId: string, from: Db) => {
    const owned = { id: assignmentId, ...ownedAssignmentWhere({ id: userId, role }) };
    const [assignment, all] = await Promise.all([
      from.assignment.findFirst({
        where: owned,
        select: {
          id: true,
          title: true,
          classId: true,
          setId: true,
          mode: true,
          trackReading: true,
          liveSessions: { select: { currentIndex: true } },
          class: { select: { id: true, name: true } },
          set: { select: { title: true } },
        },
      }),
      from.question.findMany({
        where: { set: { assignments: { some: owned } } },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: QUESTION_SELECT,
      }),
    ]);
    if (!assignment) throw new AppError("NOT_FOUND", REPORT_NOT_FOUND);
    // A live session ended early: the questions never asked are not part of the report (nobody could answer them).
    return {
      ...assignment,
      set: {
        ...assignment.set,
        questions: all.slice(0, playedQuestionCount(assignment, all.length)).map((q) => parseQuestion(q)),
      },
    };
  },
);

export type OwnedAssignment = Awaited<ReturnType<typeof findOwnedAssignment>>;
