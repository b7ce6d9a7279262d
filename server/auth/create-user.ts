import "server-only";
import { z } from "zod";
import {
  instructorRoleNote,
  mayChooseInstructor,
  type InstructorSignupPolicy,
} from "@/lib/auth/instructor-signup-policy";
import { EMAIL_TAKEN } from "@/lib/auth/sign-up-messages";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import { usableInviteWhere } from "../invites/invite-access";
import { hashInviteToken } from "./invite-token";
import { hashPassword } from "./password";

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: z.string().trim().toLowerCase().email("Enter a valid email address, like name@school.org.").max(254),
  password: z
    .string()
    .min(8, "Use at least 8 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
  role: z.enum(["INSTRUCTOR", "STUDENT"], { message: "Choose whether you teach or study." }),
  /** The token of an instructor invitation link, when the form came from one. */
  invite: z
    .string()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  /** The token of a class's roster invitation link (a student listed on a roster upload). */
  roster: z
    .string()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const INVITE_UNUSABLE =
  "This invitation link has expired, was withdrawn or was already used. Ask your Passage admin for a new one, or sign up as a student.";
// Instructor sign-ups take this lock one at a time, so two "first" instructors cannot both become the admin.
const INSTRUCTOR_SIGNUP_LOCK = 4_815_162_342;

export const ROSTER_INVITE_UNUSABLE =
  "This class invitation link has expired or was already used. Ask your instructor for a new one, or sign up and join with the class code.";

const taken = () => new AppError("CONFLICT", `${EMAIL_TAKEN} Sign in instead.`, { email: EMAIL_TAKEN });

/** Creates an account. The role is the form's wish: a student is always allowed; an instructor only with a
 *  valid invitation, as the first instructor of the database (who becomes the admin), or as the policy says. */
export async function createUser(input: SignUpInput, policy: InstructorSignupPolicy) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw taken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      let isAdmin = false;
      let inviteId: string | undefined;
      if (input.role === "INSTRUCTOR") {
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${INSTRUCTOR_SIGNUP_LOCK}::bigint)`;
        const now = new Date();
        if (input.invite) {
          const invite = await tx.instructorInvite.findFirst({
            where: { tokenHash: hashInviteToken(input.invite), ...usableInviteWhere(now) },
            select: { id: true },
          });
          if (!invite) throw new AppError("FORBIDDEN", INVITE_UNUSABLE);
          await tx.instructorInvite.update({ where: { id: invite.id }, data: { usedAt: now } });
          inviteId = invite.id;
        } else if (!(await tx.user.findFirst({ where: { role: "INSTRUCTOR" }, select: { id: true } }))) {
          isAdmin = true;
        } else if (!mayChooseInstructor(policy, input.email)) {
          throw new AppError("FORBIDDEN", instructorRoleNote(policy) ?? "Instructor accounts are not open here.");
        }
      }
      const roster = input.roster ? await takeRosterInvite(tx, input) : undefined;
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, passwordHash, isAdmin },
        select: { id: true, email: true, role: true, name: true, isAdmin: true },
      });
      if (inviteId) await tx.instructorInvite.update({ where: { id: inviteId }, data: { usedById: user.id } });
      if (roster) {
        await tx.rosterInvite.update({ where: { id: roster.id }, data: { usedById: user.id } });
        await tx.enrollment.create({ data: { classId: roster.classId, userId: user.id } });
      }
      return user;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw taken();
    throw e;
  }
}

/** A roster invitation is for one student address: it is spent (atomically) by the account that signs up with it. */
async function takeRosterInvite(tx: Tx, input: SignUpInput) {
  const invite = await tx.rosterInvite.findFirst({
    where: { tokenHash: hashInviteToken(input.roster!), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, classId: true, email: true },
  });
  if (!invite) throw new AppError("FORBIDDEN", ROSTER_INVITE_UNUSABLE);
  if (input.role !== "STUDENT")
    throw new AppError("FORBIDDEN", "A class invitation makes a student account. Choose Student.", {
      role: "Choose Student.",
    });
  if (invite.email !== input.email) {
    const message = `This invitation is for ${invite.email}. Sign up with that address, or ask your instructor.`;
    throw new AppError("INVALID", message, { email: message });
  }
  const { count } = await tx.rosterInvite.updateMany({
    where: { id: invite.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  if (count === 0) throw new AppError("FORBIDDEN", ROSTER_INVITE_UNUSABLE);
  return invite;
}
