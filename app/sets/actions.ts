"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireInstructor } from "@/server/auth/session";
import { expectedFailure, formArg, idSchema } from "@/server/http/action-input";
import { createSet } from "@/server/question-sets/create-set";
import { duplicateSet } from "@/server/question-sets/duplicate-set";
import { actionError, setDetailsFrom, type ActionState } from "./action-result";

const setId = idSchema;

export async function createSetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const user = await requireInstructor();
    id = (await createSet({ user, input: setDetailsFrom(form) })).id;
  } catch (e) {
    return actionError(e);
  }
  revalidatePath("/sets");
  redirect(`/sets/${id}`);
}

/** A plain form action (no form state to return to): an expected failure lands on the list with a message. */
export async function duplicateSetAction(form: FormData): Promise<void> {
  let copyId: string;
  try {
    const user = await requireInstructor();
    copyId = (await duplicateSet({ user, setId: setId.parse(formArg(form).get("setId")) })).id;
  } catch (e) {
    expectedFailure(e); // rethrows anything unexpected
    redirect("/sets?notDuplicated=1");
  }
  revalidatePath("/sets");
  redirect(`/sets/${copyId}?duplicated=1`);
}
