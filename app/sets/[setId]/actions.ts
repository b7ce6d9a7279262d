"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { SaveResult } from "@/components/question-editor/question-editor";
import { requireInstructor } from "@/server/auth/session";
import { expectedFailure, idSchema, refuseNul } from "@/server/http/action-input";
import { deleteQuestion } from "@/server/question-sets/delete-question";
import { deleteSet } from "@/server/question-sets/delete-set";
import { moveQuestion } from "@/server/question-sets/move-question";
import { saveQuestion } from "@/server/question-sets/save-question";
import { updateSet } from "@/server/question-sets/update-set";
import { actionError, setDetailsFrom, type ActionState } from "../action-result";

const id = idSchema;

export async function saveQuestionAction(setId: string, questionId: string | null, input: unknown): Promise<SaveResult> {
  try {
    const user = await requireInstructor();
    refuseNul(input);
    const r = await saveQuestion({ user, setId: id.parse(setId), questionId: questionId ? id.parse(questionId) : undefined, input });
    revalidatePath(`/sets/${setId}`);
    return { ok: true, ...r };
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
}

export async function updateSetAction(setId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireInstructor();
    await updateSet({ user, setId: id.parse(setId), input: setDetailsFrom(form) });
  } catch (e) {
    return actionError(e);
  }
  revalidatePath(`/sets/${setId}`);
  revalidatePath("/sets");
  return { ok: true, message: "Set details saved." };
}

export async function deleteSetAction(setId: string, _prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireInstructor();
    await deleteSet({ user, setId: id.parse(setId) });
  } catch (e) {
    return actionError(e);
  }
  revalidatePath("/sets");
  redirect("/sets?deleted=1");
}

export async function moveQuestionAction(setId: string, questionId: string, direction: "up" | "down"): Promise<ActionState> {
  try {
    const user = await requireInstructor();
    await moveQuestion({ user, setId: id.parse(setId), questionId: id.parse(questionId), direction: z.enum(["up", "down"]).parse(direction) });
  } catch (e) {
    return actionError(e);
  }
  revalidatePath(`/sets/${setId}`);
  return { ok: true };
}

export async function deleteQuestionAction(setId: string, questionId: string, _prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireInstructor();
    await deleteQuestion({ user, setId: id.parse(setId), questionId: id.parse(questionId) });
  } catch (e) {
    return actionError(e);
  }
  revalidatePath(`/sets/${setId}`);
  return { ok: true, message: "Question deleted." };
}
