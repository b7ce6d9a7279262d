import type { ActionResult } from "@/lib/actions/action-state";

export type AddAnnotation = (input: {
  essayId: string;
  kind: string;
  start: number;
  end: number;
  body: string;
}) => Promise<ActionResult<{ id?: string }>>;
export type ReplyToAnnotation = (annotationId: string, body: string) => Promise<ActionResult>;
export type ModerateAnnotation = (
  annotationId: string,
  action: "pin" | "unpin" | "hide" | "unhide",
) => Promise<ActionResult>;
