"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema, textField } from "@/server/http/action-input";
import { adminAction, formInput } from "@/server/http/server-action";
import { createLtiPlatform, ltiPlatformInput } from "@/server/lti/create-lti-platform";
import { setLtiPlatformEnabled } from "@/server/lti/set-lti-platform-enabled";

const FIELDS = ["name", "issuer", "clientId", "deploymentIds", "authLoginUrl", "tokenUrl", "jwksUrl"] as const;

// Admins only: a registered LMS can launch anyone of its courses into this deployment.
export const createLtiPlatformAction = adminAction(
  {
    state: true,
    form: formInput((f) => Object.fromEntries(FIELDS.map((k) => [k, textField(f, k)])), ltiPlatformInput),
  },
  async ({ user, form }) => {
    await createLtiPlatform({ user, input: form });
    revalidatePath("/admin/lti");
    return { message: "Registered. Launches from this LMS work now." };
  },
);

/** PlatformEnabledButton: setLtiPlatformEnabledAction.bind(null, platformId, enabled)(). */
export const setLtiPlatformEnabledAction = adminAction(
  { args: [idSchema, z.boolean()] },
  async ({ user, args: [platformId, enabled] }) => {
    await setLtiPlatformEnabled({ user, platformId, enabled });
    revalidatePath("/admin/lti");
  },
);
