"use server";
import { redirect } from "next/navigation";
import { textField } from "@/server/http/action-input";
import { formInput, userAction } from "@/server/http/server-action";
import { findSessionByCode } from "@/server/live/find-session-by-code";
import { getClientAddress } from "@/server/rate-limits/get-client-address";

/** JoinCodeForm: joinLiveAction(prev, form). findSessionByCode says what is wrong with a code. */
export const joinLiveAction = userAction(
  { state: true, form: formInput((f) => ({ code: textField(f, "code") })) },
  async ({ user, form }) => {
    const sessionId = await findSessionByCode({ user, code: form.code, clientAddress: await getClientAddress() });
    redirect(`/live/${sessionId}`);
  },
);
