"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/server/http/server-action";
import { registerLtiPlatform } from "@/server/lti/register-lti-platform";
import { toolBaseUrl } from "@/server/lti/tool-base-url";

/** RegisterLmsConfirm: registerLtiPlatformAction(openidConfiguration, registrationToken). Admins only. */
export const registerLtiPlatformAction = adminAction(
  { args: [z.string().min(1).max(2000), z.string().max(4000)] },
  async ({ user, args: [configurationUrl, registrationToken] }) => {
    const h = await headers();
    const base = toolBaseUrl(new Request(`${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}/`));
    const r = await registerLtiPlatform({
      configurationUrl,
      registrationToken: registrationToken || null,
      base,
      by: user,
    });
    revalidatePath("/admin/lti");
    return { name: r.name };
  },
);
