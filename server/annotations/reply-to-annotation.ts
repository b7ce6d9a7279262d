import "server-only";
import { replyBody } from "@/lib/annotations/input";
import { AppError } from "@/lib/errors/app-error";
import { db } from "../db";
import { assertReadingOpen, loadReadingContext, type Viewer } from "./load-reading-context";

/**
 * A reply under an annotation the viewer can see: the instructor (answering) on any, a student on their own
 * or, once they may see classmates' annotations, on a classmate's that is not hidden.
 */
export async function replyToAnnotation(o: {
  viewer: Viewer;
  assignmentId: string;
  annotationId: string;
  body: unknown;
}) {
  const parsed = replyBody.safeParse(o.body);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]!.message);
  const target = await db.annotation.findFirst({
    where: { id: o.annotationId, assignmentId: o.assignmentId },
    select: { id: true, authorId: true, hidden: true, essay: { select: { slug: true } } },
  });
  if (!target) throw new AppError("NOT_FOUND", "This annotation does not exist or is not shared with you.");
  const ctx = await loadReadingContext({
    viewer: o.viewer,
    assignmentId: o.assignmentId,
    essaySlug: target.essay.slug,
  });
  const mine = target.authorId === o.viewer.id;
  if (!ctx.isInstructor && !mine && (target.hidden || !ctx.canSeePeers))
    throw new AppError("NOT_FOUND", "This annotation does not exist or is not shared with you.");
  assertReadingOpen(ctx);
  return db.annotationReply.create({
    data: { annotationId: target.id, authorId: o.viewer.id, body: parsed.data },
    select: { id: true },
  });
}
