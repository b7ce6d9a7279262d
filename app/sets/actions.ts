"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema, textField } from "@/server/http/action-input";
import { formInput, instructorAction } from "@/server/http/server-action";
import { createSet } from "@/server/question-sets/create-set";
import { duplicateSet } from "@/server/question-sets/duplicate-set";
import { setDetailsForm } from "./set-details-input";

export const createSetAction = instructorAction({ state: true, form: setDetailsForm }, async ({ user, form }) => {
  const { id } = await createSet({ user, input: form });
  revalidatePath("/sets");
  redirect(`/sets/${id}`);
});

/** A plain form action (no form state to return to): an expected failure lands on the list with a message. */
export const duplicateSetAction = instructorAction(
  {
    form: formInput((f) => ({ setId: textField(f, "setId") }), z.object({ setId: idSchema })),
    onFailure: () => redirect("/sets?notDuplicated=1"),
  },
  async ({ user, form }) => {
    const copy = await duplicateSet({ user, setId: form.setId });
    revalidatePath("/sets");
    redirect(`/sets/${copy.id}?duplicated=1`);
  },
);
