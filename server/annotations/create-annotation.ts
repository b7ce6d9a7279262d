import "server-only";
import { passagesInSpan } from "@/lib/annotations/anchor";
import { annotationInput } from "@/lib/annotations/input";
import { AppError } from "@/lib/errors/app-error";
import { selectorFromRange } from "@/lib/passages/selectors";
import { db } from "../db";
import { assertReadingOpen, loadReadingContext, type Viewer } from "./load-reading-context";

/**
 * Adds a highlight, comment or "I'm confused here" on a span of the assignment's essay. The browser sends
 * offsets only: the span must lie inside the essay's sentences, and the quote and its context are taken from
 * the stored essay text. Nothing is stored when any of it is wrong.
 */
export async function createAnnotation(o: { viewer: Viewer; assignmentId: string; input: unknown }) {
  const parsed = annotationInput.safeParse(o.input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(
      "INVALID",
      issue.message.startsWith("Invalid") ? "This annotation is not valid. Select the words again." : issue.message,
    );
  }
  const input = parsed.data;
  const ctx = await loadReadingContext({ viewer: o.viewer, assignmentId: o.assignmentId });
  if (ctx.essay.id !== input.essayId) throw new AppError("NOT_FOUND", "This essay is not this assignment's reading.");
  assertReadingOpen(ctx);
  const body = ctx.essay.body;
  if (input.end > body.length)
    throw new AppError("INVALID", "That selection is outside the essay. Select the words again.");
  const sel = selectorFromRange(body, input.start, input.end);
  if (!sel) throw new AppError("INVALID", "Select some words first.");
  const passages = await db.passage.findMany({
    where: { essayId: ctx.essay.id },
    select: { id: true, paragraph: true, sentence: true, start: true, end: true },
  });
  const { passageIds } = passagesInSpan(passages, sel.start, sel.end);
  if (passageIds.length === 0)
    throw new AppError("INVALID", "That selection is outside the essay's text. Select words in a paragraph.");
  return db.annotation.create({
    data: {
      assignmentId: ctx.assignment.id,
      essayId: ctx.essay.id,
      authorId: o.viewer.id,
      kind: input.kind,
      body: input.kind === "HIGHLIGHT" ? "" : input.body,
      start: sel.start,
      end: sel.end,
      exact: sel.exact,
      prefix: sel.prefix,
      suffix: sel.suffix,
      passageIds,
    },
    select: { id: true },
  });
}
