import "server-only";
import { anchorAnnotation, passagesInSpan } from "@/lib/annotations/anchor";
import { expectationText, readingProgress, scoreRuleText } from "@/lib/annotations/expectation";
import type { AnnotationView, ReadingView, StudentCount } from "@/lib/annotations/view-types";
import { db } from "../db";
import { authorLabeller } from "./author-labels";
import { loadReadingContext, type Viewer } from "./load-reading-context";

/**
 * The reading page for one viewer: the essay, the annotations they may see (re-anchored to the essay as it is
 * now; orphans kept with their quote), their progress on a reading task, and for the instructor every
 * student's counts. Hidden annotations reach only their author (marked hidden) and the instructor.
 */
export async function getReading(o: { viewer: Viewer; assignmentId: string; essaySlug?: string | null }) {
  const ctx = await loadReadingContext(o);
  const { assignment, essay, isInstructor, viewer } = ctx;
  const [passages, rows, enrolled] = await Promise.all([
    db.passage.findMany({
      where: { essayId: essay.id },
      orderBy: [{ paragraph: "asc" }, { sentence: "asc" }],
      select: { id: true, paragraph: true, sentence: true, start: true, end: true },
    }),
    db.annotation.findMany({
      where: { assignmentId: assignment.id, essayId: essay.id },
      orderBy: { createdAt: "asc" },
      include: {
        author: { select: { name: true } },
        replies: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      },
    }),
    isInstructor
      ? db.enrollment.findMany({
          where: { classId: assignment.class.id },
          orderBy: { user: { name: "asc" } },
          select: { user: { select: { id: true, name: true } } },
        })
      : Promise.resolve([]),
  ]);

  const activity = [...rows.map((a) => a), ...rows.flatMap((a) => a.replies)].sort(
    (x, y) => x.createdAt.getTime() - y.createdAt.getTime(),
  );
  const names = new Map<string, string>();
  for (const r of activity) names.set(r.authorId, r.author.name);
  const label = authorLabeller({
    viewerId: viewer.id,
    isInstructor,
    anonymous: assignment.anonymous,
    instructorId: assignment.class.instructorId,
    order: activity.map((r) => r.authorId),
    names,
  });

  const placed = rows.map((a) => {
    const at = anchorAnnotation(essay.body, a);
    const paragraphs = at.status === "anchored" ? passagesInSpan(passages, at.start, at.end).paragraphs : [];
    return { a, at, paragraphs };
  });
  const visible = placed.filter(({ a }) => isInstructor || a.authorId === viewer.id || (ctx.canSeePeers && !a.hidden));
  visible.sort((x, y) => (x.at.start ?? Number.MAX_SAFE_INTEGER) - (y.at.start ?? Number.MAX_SAFE_INTEGER));
  const annotations: AnnotationView[] = visible.map(({ a, at, paragraphs }) => ({
    id: a.id,
    kind: a.kind,
    body: a.body,
    author: label(a.authorId),
    quote: a.exact,
    start: at.start,
    end: at.end,
    paragraphs,
    pinned: a.pinned,
    hidden: a.hidden,
    createdAt: a.createdAt.toISOString(),
    // replies under a classmate's annotation stay out of view until the student may see classmates' work
    replies: ctx.canSeePeers
      ? a.replies.map((r) => ({
          id: r.id,
          body: r.body,
          author: label(r.authorId),
          createdAt: r.createdAt.toISOString(),
        }))
      : [],
  }));

  const task = assignment.readingTask;
  const countsFor = (studentId: string) => {
    const own = placed.filter((p) => p.a.authorId === studentId);
    const replies = rows.reduce((n, a) => n + a.replies.filter((r) => r.authorId === studentId).length, 0);
    return { own, replies };
  };
  let progress = null;
  if (task && !isInstructor) {
    const { own, replies } = countsFor(viewer.id);
    progress = readingProgress(task, own, replies);
  }
  const students: StudentCount[] | null =
    isInstructor && task
      ? enrolled.map(({ user }) => {
          const { own, replies } = countsFor(user.id);
          const p = readingProgress(task, own, replies);
          return { label: user.name, ...p };
        })
      : null;

  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      className: assignment.class.name,
      classId: assignment.class.id,
      closesAt: assignment.closesAt?.toISOString() ?? null,
    },
    essay: { id: essay.id, title: essay.title, author: essay.author, body: essay.body, passages },
    isInstructor,
    tracking: !isInstructor && assignment.trackReading,
    anonymous: assignment.anonymous,
    locked: ctx.lockedReason,
    annotations,
    task: task ? { ...task, text: expectationText(task), scoreRule: scoreRuleText(task) } : null,
    progress,
    students,
  } satisfies ReadingView;
}
