"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema } from "@/server/http/action-input";
import { instructorAction } from "@/server/http/server-action";
import { deleteQuestion } from "@/server/question-sets/delete-question";
import { deleteSet } from "@/server/question-sets/delete-set";
import { moveQuestion } from "@/server/question-sets/move-question";
import { saveQuestion } from "@/server/question-sets/save-question";
import { updateSet } from "@/server/question-sets/update-set";
import { setDetailsForm } from "../set-details-input";

/** QuestionEditor: save(setId, questionId | null, input); saveQuestion checks the input (with field errors). */
export const saveQuestionAction = instructorAction(
  { args: [idSchema, idSchema.nullable(), z.unknown()] },
  async ({ user, args: [setId, questionId, input] }) => {
    const r = await saveQuestion({ user, setId, questionId: questionId ?? undefined, input });
    revalidatePath(`/sets/${setId}`);
    return r;
  },
);

/** SetDetailsForm: updateSetAction.bind(null, setId)(prev, form). */
export const updateSetAction = instructorAction(
  { args: [idSchema], state: true, form: setDetailsForm },
  async ({ user, args: [setId], form }) => {
    await updateSet({ user, setId, input: form });
    revalidatePath(`/sets/${setId}`);
    revalidatePath("/sets");
    return { message: "Set details saved." };
  },
);

/** ConfirmAction: deleteSetAction.bind(null, setId)(prev). */
export const deleteSetAction = instructorAction({ args: [idSchema], state: true }, async ({ user, args: [setId] }) => {
  await deleteSet({ user, setId });
  revalidatePath("/sets");
  redirect("/sets?deleted=1");
});

/** QuestionList: move(setId, questionId, direction). */
export const moveQuestionAction = instructorAction(
  { args: [idSchema, idSchema, z.enum(["up", "down"])] },
  async ({ user, args: [setId, questionId, direction] }) => {
    await moveQuestion({ user, setId, questionId, direction });
    revalidatePath(`/sets/${setId}`);
  },
);

/** ConfirmAction: deleteQuestionAction.bind(null, setId, questionId)(prev). */
export const deleteQuestionAction = instructorAction(
  { args: [idSchema, idSchema], state: true },
  async ({ user, args: [setId, questionId] }) => {
    await deleteQuestion({ user, setId, questionId });
    revalidatePath(`/sets/${setId}`);
    return { message: "Question deleted." };
  },
);
