"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireInstructor } from "@/server/auth/session";
import { createSet } from "@/server/question-sets/create-set";
import { duplicateSet } from "@/server/question-sets/duplicate-set";
import { actionError, type ActionState } from "./action-result";

const setId = z.string().min(1).max(64);

function detailsFrom(form: FormData) {
  return { title: String(form.get("title") ?? ""), description: String(form.get("description") ?? ""), essayIds: form.getAll("essayIds").map(String) };
}

export async function createSetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const user = await requireInstructor();
    id = (await createSet({ user, input: detailsFrom(form) })).id;
  } catch (e) {
    return actionError(e);
  }
  revalidatePath("/sets");
  redirect(`/sets/${id}`);
}

export async function duplicateSetAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const copy = await duplicateSet({ user, setId: setId.parse(form.get("setId")) });
  revalidatePath("/sets");
  redirect(`/sets/${copy.id}?duplicated=1`);
}
