"use server";
import { revalidatePath } from "next/cache";
import { createInvite, createInviteInput } from "@/server/invites/create-invite";
import { revokeInvite } from "@/server/invites/revoke-invite";
import { idSchema, textField } from "@/server/http/action-input";
import { adminAction, formInput } from "@/server/http/server-action";

/** InviteForm: createInviteAction(prev, form) with `days`; answers the one-time link's token (shown once). */
export const createInviteAction = adminAction(
  { state: true, form: formInput((f) => ({ days: textField(f, "days") }), createInviteInput) },
  async ({ user, form }) => {
    const invite = await createInvite({ user, days: form.days });
    revalidatePath("/admin/invites");
    return { token: invite.token, expiresAt: invite.expiresAt.toISOString() };
  },
);

/** RevokeInviteButton: revokeInviteAction(inviteId, prev). */
export const revokeInviteAction = adminAction({ args: [idSchema], state: true }, async ({ user, args: [inviteId] }) => {
  await revokeInvite({ user, inviteId });
  revalidatePath("/admin/invites");
});
