import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { requireLtiAdmin } from "./require-lti-admin";

const url = (what: string) =>
  z
    .string()
    .trim()
    .max(500, `Keep the ${what} under 500 characters.`)
    .url(`Enter the ${what} as a full URL, like https://lms.example.edu/….`)
    .refine((u) => /^https?:\/\//.test(u), `The ${what} must start with https://.`);

export const ltiPlatformInput = z.object({
  name: z.string().trim().min(1, "Give the LMS a name.").max(120, "Keep the name under 120 characters."),
  issuer: url("issuer"),
  clientId: z.string().trim().min(1, "Enter the client ID the LMS gave the tool.").max(255),
  deploymentIds: z
    .string()
    .max(2000)
    .transform((s) => [...new Set(s.split(/[\s,]+/).filter(Boolean))])
    .refine((ids) => ids.length > 0, "Enter at least one deployment ID.")
    .refine((ids) => ids.every((id) => id.length <= 255), "A deployment ID is at most 255 characters."),
  authLoginUrl: url("authentication request URL"),
  tokenUrl: url("access token URL"),
  jwksUrl: url("public keyset URL"),
});

/** Registers an LMS by hand (issuer, client id, deployments and its three endpoints). */
export async function createLtiPlatform(opts: { user: SessionUser; input: z.output<typeof ltiPlatformInput> }) {
  requireLtiAdmin(opts.user);
  try {
    return await db.ltiPlatform.create({ data: { ...opts.input, createdById: opts.user.id }, select: { id: true } });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new AppError("CONFLICT", "This LMS and client ID are already registered.", {
        clientId: "Already registered for this issuer.",
      });
    throw e;
  }
}
