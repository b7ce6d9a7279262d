import "server-only";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import { parseQuestion } from "@/lib/questions/typed-question";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db";
import { enrolledClassWhere, ownedClassWhere } from "../classes/class-access";

export type Viewer = Pick<SessionUser, "id" | "role">;
/** One question's discussion, as a viewer asks for it (the page, the debate view, the tabs' stamp). */
export type DiscussionRef = { viewer: Viewer; assignmentId: string; questionId: string };

export type DiscussionContext = Awaited<ReturnType<typeof loadDiscussionContext>>;

/**
 * Who may see the discussion of one assignment question, and how much. Only the instructor who owns the
 * class and the students enrolled in it get anything; everyone else (another instructor, a student of
 * another class) gets NOT_FOUND, so the assignment's existence is not revealed. The ownership or
 * enrollment test is part of the query's `where`.
 */
export async function loadDiscussionContext({
  viewer,
  assignmentId,
  questionId,
  tx = db,
}: {
  viewer: Viewer;
  assignmentId: string;
  questionId: string;
  tx?: Tx | typeof db;
}) {
  const classWhere = viewer.role === "INSTRUCTOR" ? ownedClassWhere(viewer) : enrolledClassWhere(viewer);
  const assignment = await tx.assignment.findFirst({
    where: { id: assignmentId, class: classWhere },
    select: {
      id: true,
      title: true,
      setId: true,
      classId: true,
      peersAfterAnswer: true,
      anonymous: true,
      class: { select: { name: true, instructorId: true } },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "This discussion does not exist or is not shared with you.");
  const question = await tx.question.findFirst({
    where: { id: questionId, setId: assignment.setId },
    select: {
      id: true,
      type: true,
      prompt: true,
      content: true,
      position: true,
      passages: { orderBy: { position: "asc" }, select: { passageId: true } },
    },
  });
  if (!question) throw new AppError("NOT_FOUND", "This question is not part of the assignment.");
  const isInstructor = viewer.role === "INSTRUCTOR";
  // "Submitted" means a submitted attempt of this assignment: the reveal rule is about finishing one's own work.
  const submitted = isInstructor
    ? false
    : (await tx.attempt.count({ where: { assignmentId, studentId: viewer.id, submittedAt: { not: null } } })) > 0;
  const canSeePeers = isInstructor || !assignment.peersAfterAnswer || submitted;
  return {
    viewer,
    isInstructor,
    assignment,
    question: parseQuestion(question),
    submitted,
    canSeePeers,
    lockedReason: canSeePeers
      ? null
      : "Submit your own answers first: your classmates' answers and posts appear here once you have submitted.",
  };
}

/**
 * loadDiscussionContext for a page render, memoised for the request (React's cache): the layout's access
 * check and the page's data load share one set of queries. Not for writes (they check inside their
 * transaction with loadDiscussionContext itself).
 */
export const discussionContextForPage = cache(
  (viewerId: string, role: Viewer["role"], assignmentId: string, questionId: string) =>
    loadDiscussionContext({ viewer: { id: viewerId, role }, assignmentId, questionId }),
);
