"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { moderateAnnotation } from "@/server/annotations/moderate-annotation";
import { replyToAnnotation } from "@/server/annotations/reply-to-annotation";
import { idSchema } from "@/server/http/action-input";
import { instructorAction, userAction } from "@/server/http/server-action";

// The payload's shape only; its rules (span, body length, kind) are checked by createAnnotation, which says
// what is wrong in words the reader can act on.
const annotationPayload = z.object({
  essayId: z.string().max(64),
  kind: z.string().max(20),
  start: z.number(),
  end: z.number(),
  body: z.string().max(100_000),
});

/** ReadingRoom's composer: addAnnotationAction(assignmentId, { essayId, kind, start, end, body }). */
export const addAnnotationAction = userAction(
  { args: [idSchema, annotationPayload] },
  async ({ user, args: [assignmentId, input] }) => {
    const { id } = await createAnnotation({ viewer: user, assignmentId, input });
    revalidatePath(`/assignments/${assignmentId}/read`);
    return { id, message: "Annotation added." };
  },
);

/** An annotation's reply box: replyToAnnotationAction(assignmentId, annotationId, body). */
export const replyToAnnotationAction = userAction(
  { args: [idSchema, idSchema, z.string().max(100_000)] },
  async ({ user, args: [assignmentId, annotationId, body] }) => {
    await replyToAnnotation({ viewer: user, assignmentId, annotationId, body });
    revalidatePath(`/assignments/${assignmentId}/read`);
    return { message: "Reply posted." };
  },
);

/** The instructor's Pin / Hide buttons and their undo: moderateAnnotationAction(assignmentId, annotationId, action). */
export const moderateAnnotationAction = instructorAction(
  { args: [idSchema, idSchema, z.enum(["pin", "unpin", "hide", "unhide"])] },
  async ({ user, args: [assignmentId, annotationId, action] }) => {
    await moderateAnnotation({ user, assignmentId, annotationId, action });
    revalidatePath(`/assignments/${assignmentId}/read`);
    const message = { pin: "Pinned.", unpin: "Unpinned.", hide: "Hidden from students.", unhide: "Shown again." };
    return { message: message[action] };
  },
);
