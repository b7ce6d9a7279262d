// What the reading page sends when it adds an annotation or a reply, checked on the server. The browser sends
// offsets only; the server takes the quote and its context from the stored essay text.
import { z } from "zod";

import { ANNOTATION_BODY_MAX, ANNOTATION_SPAN_MAX, annotationKinds } from "./kinds";

export { ANNOTATION_BODY_MAX, ANNOTATION_SPAN_MAX, annotationKinds, KIND_LABEL, type AnnotationKind } from "./kinds";

export const annotationInput = z
  .object({
    essayId: z.string().min(1).max(64),
    kind: z.enum(annotationKinds),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    body: z
      .string()
      .max(ANNOTATION_BODY_MAX, `Keep an annotation under ${ANNOTATION_BODY_MAX.toLocaleString("en")} characters.`)
      .transform((s) => s.trim()),
  })
  .superRefine((v, ctx) => {
    if (v.end <= v.start) ctx.addIssue({ code: "custom", path: ["start"], message: "Select some words first." });
    if (v.end - v.start > ANNOTATION_SPAN_MAX)
      ctx.addIssue({ code: "custom", path: ["start"], message: "Select a shorter span (at most a paragraph or so)." });
    if (v.kind === "COMMENT" && !v.body) ctx.addIssue({ code: "custom", path: ["body"], message: "Write a comment." });
  });
export type AnnotationInput = z.infer<typeof annotationInput>;

export const replyBody = z
  .string()
  .max(ANNOTATION_BODY_MAX, `Keep a reply under ${ANNOTATION_BODY_MAX.toLocaleString("en")} characters.`)
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, "Write a reply first.");
