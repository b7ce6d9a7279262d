"use server";
import { redirect } from "next/navigation";
import { joinClass, joinCodeInput } from "@/server/classes/join-class";
import { textField } from "@/server/http/action-input";
import { formInput, studentAction } from "@/server/http/server-action";
import { getClientAddress } from "@/server/rate-limits/get-client-address";

/** JoinForm: joinClassAction(prev, form). */
export const joinClassAction = studentAction(
  {
    state: true,
    form: formInput((f) => ({ code: textField(f, "code") }), joinCodeInput),
    invalid: "first-issue",
    forbidden: "Only student accounts can join a class. Sign in with your student account.",
  },
  async ({ user, form }) => {
    const { id } = await joinClass({ user, code: form.code, clientAddress: await getClientAddress() });
    redirect(`/dashboard?joined=${id}`);
  },
);
