import "server-only";
import { clampBatch } from "@/lib/attention/clamp-batch";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { enrolledAssignmentWhere } from "../assignments/assignment-access";
import { db } from "../db";
import type { ReadingBatchInput } from "./reading-batch-input";
import { assignmentEssayWhere } from "./reading-essay-where";

export const TRACKING_OFF = "Reading time is not recorded for this assignment.";

/**
 * Adds one batch of a student's reading to their totals (docs/decisions/0070). Only a student enrolled in the
 * assignment's class, with tracking on, on one of the assignment's essays, naming only that essay's paragraphs.
 * The visit row is locked for the batch, so batches of one reading are counted one at a time: a batch whose page
 * load already sent this sequence number (a resent beacon) adds nothing, and the rest are clamped to the clock.
 * The reading "reached the end" when time was counted on its last paragraph.
 */
export async function recordReadingBatch(o: {
  user: Pick<SessionUser, "id" | "role">;
  assignmentId: string;
  input: ReadingBatchInput;
}): Promise<{ counted: boolean; ms: number }> {
  const { user, input } = o;
  const a = await db.assignment.findFirst({
    where: { id: o.assignmentId, ...enrolledAssignmentWhere(user) },
    select: { id: true, trackReading: true, setId: true, readingTask: { select: { essayId: true } } },
  });
  if (!a || user.role !== "STUDENT")
    throw new AppError("NOT_FOUND", "This reading does not exist or is not shared with you.");
  if (!a.trackReading) throw new AppError("FORBIDDEN", TRACKING_OFF);
  const essay = await db.essay.findFirst({
    where: { AND: [{ id: input.essayId }, assignmentEssayWhere(a)] },
    select: { id: true, passages: { where: { sentence: 0 }, orderBy: { paragraph: "asc" }, select: { id: true } } },
  });
  if (!essay) throw new AppError("NOT_FOUND", "This assignment has no such reading.");
  const paragraphs = new Set(essay.passages.map((p) => p.id));
  if (Object.keys(input.ms).some((id) => !paragraphs.has(id)))
    throw new AppError("INVALID", "This batch names a paragraph that is not in the essay. Reload the page.");
  const lastParagraph = essay.passages.at(-1)?.id;

  return db.$transaction(async (tx) => {
    const key = { assignmentId: a.id, essayId: essay.id, studentId: user.id };
    const now = new Date();
    const created = await tx.readingVisit.createMany({
      data: [{ ...key, clientId: input.clientId, lastSeq: input.seq, firstOpenedAt: now, lastBatchAt: now }],
      skipDuplicates: true,
    });
    await tx.$queryRaw`SELECT 1 FROM "ReadingVisit" WHERE "assignmentId" = ${key.assignmentId}
      AND "essayId" = ${key.essayId} AND "studentId" = ${key.studentId} FOR UPDATE`;
    const visit = await tx.readingVisit.findUniqueOrThrow({ where: { assignmentId_essayId_studentId: key } });
    const fresh = created.count === 1;
    if (!fresh && visit.clientId === input.clientId && input.seq <= visit.lastSeq) return { counted: false, ms: 0 };

    const at = new Date();
    const ids = Object.keys(input.ms);
    const totals = await tx.readingTime.findMany({
      where: { assignmentId: a.id, studentId: user.id, passageId: { in: ids } },
      select: { passageId: true, ms: true },
    });
    const add = clampBatch(input.ms, new Map(totals.map((t) => [t.passageId, t.ms])), {
      sinceLastBatchMs: fresh ? 0 : at.getTime() - visit.lastBatchAt.getTime(),
      sinceFirstOpenMs: at.getTime() - visit.firstOpenedAt.getTime(),
    });
    for (const [passageId, ms] of add)
      await tx.readingTime.upsert({
        where: { assignmentId_passageId_studentId: { assignmentId: a.id, passageId, studentId: user.id } },
        create: { assignmentId: a.id, passageId, studentId: user.id, ms },
        update: { ms: { increment: ms } },
      });
    await tx.readingVisit.update({
      where: { assignmentId_essayId_studentId: key },
      data: {
        clientId: input.clientId,
        lastSeq: input.seq,
        lastBatchAt: at,
        ...(visit.reachedEndAt === null && lastParagraph && add.has(lastParagraph) ? { reachedEndAt: at } : {}),
      },
    });
    return { counted: true, ms: [...add.values()].reduce((s, n) => s + n, 0) };
  });
}
