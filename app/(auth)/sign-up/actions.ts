"use server";
import { createUser, signUpSchema } from "@/server/auth/create-user";
import { getSignupPolicy } from "@/server/auth/get-signup-policy";
import { textField } from "@/server/http/action-input";
import { formInput, publicAction } from "@/server/http/server-action";
import { hitIpLimit } from "@/server/rate-limits/check-ip-limit";
import { getClientAddress } from "@/server/rate-limits/get-client-address";

const signUpForm = formInput(
  (f) => ({
    name: textField(f, "name"),
    email: textField(f, "email"),
    password: textField(f, "password"),
    role: textField(f, "role"),
    invite: textField(f, "invite"),
    roster: textField(f, "roster"),
  }),
  signUpSchema,
);

/** SignUpForm: signUpAction(prev, form). Public by design (so limited per IP); the form signs the new account in
 *  on success. The role is checked against INSTRUCTOR_SIGNUP here, never taken from the form on trust. */
export const signUpAction = publicAction({ state: true, form: signUpForm }, async ({ form }) => {
  await hitIpLimit("signUp", await getClientAddress());
  await createUser(form, getSignupPolicy());
});
