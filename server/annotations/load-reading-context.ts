import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { enrolledClassWhere, ownedClassWhere } from "../classes/class-access";
import { db, type Tx } from "../db";

export type Viewer = Pick<SessionUser, "id" | "role">;
export type ReadingContext = Awaited<ReturnType<typeof loadReadingContext>>;

const NOT_SHARED = "This reading does not exist or is not shared with you.";

/**
 * Who may read and annotate an assignment's essay, and how much they see. Only the instructor who owns the
 * class and the students enrolled in it get anything (the test is in the query's `where`); everyone else gets
 * NOT_FOUND. The essay is the reading task's, or for a quiz assignment one of its set's essays (`essaySlug`,
 * default the first). Answer-first: with the assignment's "peers after answering" rule on, a student sees
 * classmates' annotations only once they have made one of their own on this essay.
 */
export async function loadReadingContext({
  viewer,
  assignmentId,
  essaySlug,
  tx = db,
}: {
  viewer: Viewer;
  assignmentId: string;
  essaySlug?: string | null;
  tx?: Tx | typeof db;
}) {
  const isInstructor = viewer.role === "INSTRUCTOR";
  const assignment = await tx.assignment.findFirst({
    where: { id: assignmentId, class: isInstructor ? ownedClassWhere(viewer) : enrolledClassWhere(viewer) },
    select: {
      id: true,
      title: true,
      setId: true,
      opensAt: true,
      closesAt: true,
      peersAfterAnswer: true,
      anonymous: true,
      trackReading: true,
      class: { select: { id: true, name: true, instructorId: true } },
      readingTask: {
        select: { essayId: true, minAnnotations: true, minParagraphs: true, minReplies: true, points: true },
      },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", NOT_SHARED);
  const essay = await tx.essay.findFirst({
    where: assignment.readingTask
      ? { id: assignment.readingTask.essayId }
      : { questionSets: { some: { setId: assignment.setId } }, ...(essaySlug ? { slug: essaySlug } : {}) },
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true, author: true, body: true },
  });
  if (!essay) throw new AppError("NOT_FOUND", "This assignment has no such reading.");
  const own = isInstructor
    ? 0
    : await tx.annotation.count({ where: { assignmentId, essayId: essay.id, authorId: viewer.id } });
  const canSeePeers = isInstructor || !assignment.peersAfterAnswer || own > 0;
  return {
    viewer,
    isInstructor,
    assignment,
    essay,
    canSeePeers,
    lockedReason: canSeePeers
      ? null
      : "Add your own annotation first: your classmates' annotations appear here once you have made one.",
  };
}

/** Refuses a student's write outside the assignment's window (the instructor may always annotate and answer). */
export function assertReadingOpen(ctx: ReadingContext, now = new Date()) {
  if (ctx.isInstructor) return;
  const { opensAt, closesAt } = ctx.assignment;
  if (opensAt && now < opensAt)
    throw new AppError("CLOSED", `This reading opens on ${opensAt.toUTCString()}. Come back then to annotate.`);
  if (closesAt && now >= closesAt)
    throw new AppError("CLOSED", "This reading has closed: annotations and replies can no longer be added.");
}
