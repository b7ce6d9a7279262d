"use server";
import { redirect } from "next/navigation";
import { createReadingAssignment } from "@/server/annotations/create-reading-assignment";
import { readingAssignmentInput } from "@/server/annotations/reading-assignment-input";
import { idSchema, textField } from "@/server/http/action-input";
import { formInput, instructorAction } from "@/server/http/server-action";

const readingForm = formInput(
  (f) => ({
    title: textField(f, "title"),
    reading: textField(f, "reading"),
    opensAt: textField(f, "opensAt"),
    closesAt: textField(f, "closesAt"),
    minAnnotations: textField(f, "minAnnotations"),
    minParagraphs: textField(f, "minParagraphs"),
    minReplies: textField(f, "minReplies"),
    points: textField(f, "points").trim(),
    anonymous: f.get("anonymous") === "on",
    peersAfterAnswer: f.get("peersAfterAnswer") === "on",
  }),
  readingAssignmentInput,
);

/** ReadingAssignmentForm: createReadingAssignmentAction.bind(null, classId)(prev, form). */
export const createReadingAssignmentAction = instructorAction(
  { args: [idSchema], state: true, form: readingForm },
  async ({ user, args: [classId], form }) => {
    const { id } = await createReadingAssignment({ user, classId, input: form });
    redirect(`/assignments/${id}/read`);
  },
);
