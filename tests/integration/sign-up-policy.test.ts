import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseInstructorSignup } from "@/lib/auth/instructor-signup-policy";
import { EMAIL_TAKEN } from "@/lib/auth/sign-up-messages";
import { createUser, signUpSchema } from "@/server/auth/create-user";
import { hashInviteToken } from "@/server/auth/invite-token";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { createInvite } from "@/server/invites/create-invite";
import { isInviteUsable } from "@/server/invites/is-invite-usable";
import { listInvites } from "@/server/invites/list-invites";
import { revokeInvite } from "@/server/invites/revoke-invite";

// The test database has instructors (other tests make them), so no sign-up here is "the first instructor":
// that rule has its own empty database in first-admin.test.ts.
const tag = randomBytes(4).toString("hex");
let n = 0;
const form = (role: "INSTRUCTOR" | "STUDENT", domain = "e2e.school", invite?: string) =>
  signUpSchema.parse({ name: "Pat", email: `pat-${tag}-${++n}@${domain}`, password: "long-enough", role, invite });
const INVITE = parseInstructorSignup("invite", false);
let admin: SessionUser;
let plainInstructor: SessionUser;

beforeAll(async () => {
  const make = (isAdmin: boolean) =>
    db.user.create({
      data: {
        email: `staff-${tag}-${isAdmin}@e2e.school`,
        name: "Staff",
        role: "INSTRUCTOR",
        passwordHash: "x",
        isAdmin,
      },
      select: { id: true, email: true, name: true, role: true, isAdmin: true },
    });
  admin = await make(true);
  plainInstructor = await make(false);
});
afterAll(() => db.$disconnect());

describe("who may become an instructor (INSTRUCTOR_SIGNUP)", () => {
  it("a student never needs an invitation, whatever the policy", async () => {
    for (const p of ["invite", "domain:a.edu", "open"]) {
      const u = await createUser(form("STUDENT"), parseInstructorSignup(p, false));
      expect(u).toMatchObject({ role: "STUDENT", isAdmin: false });
    }
  });

  it("invite: the instructor role without an invitation is refused with a reason, and nothing is created", async () => {
    const input = form("INSTRUCTOR");
    await expect(createUser(input, INVITE)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/invitation link/),
    });
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("domain: only the listed domains may choose the role", async () => {
    const policy = parseInstructorSignup("domain:a.edu,b.edu", false);
    expect(await createUser(form("INSTRUCTOR", "b.edu"), policy)).toMatchObject({ role: "INSTRUCTOR", isAdmin: false });
    await expect(createUser(form("INSTRUCTOR", "evil-a.edu"), policy)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("@a.edu or @b.edu"),
    });
  });

  it("open: anyone may (today's behaviour, the demo's default)", async () => {
    expect(await createUser(form("INSTRUCTOR"), parseInstructorSignup("open", false))).toMatchObject({
      role: "INSTRUCTOR",
      isAdmin: false,
    });
  });
});

describe("instructor invitations", () => {
  it("only an admin makes, lists and withdraws them", async () => {
    await expect(createInvite({ user: plainInstructor, days: 7 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listInvites({ user: plainInstructor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const inv = await createInvite({ user: admin, days: 7 });
    await expect(revokeInvite({ user: plainInstructor, inviteId: inv.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await isInviteUsable(inv.token)).toBe(true);
  });

  it("stores only the token's hash", async () => {
    const inv = await createInvite({ user: admin, days: 1 });
    const row = await db.instructorInvite.findUniqueOrThrow({ where: { id: inv.id } });
    expect(row.tokenHash).toBe(hashInviteToken(inv.token));
    expect(JSON.stringify(row)).not.toContain(inv.token);
  });

  it("works once, under any policy, even for two sign-ups at the same moment", async () => {
    const inv = await createInvite({ user: admin, days: 7 });
    const results = await Promise.allSettled([
      createUser(form("INSTRUCTOR", "e2e.school", inv.token), INVITE),
      createUser(form("INSTRUCTOR", "e2e.school", inv.token), INVITE),
    ]);
    const made = results.filter((r) => r.status === "fulfilled");
    expect(made).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "FORBIDDEN", message: expect.stringMatching(/already used/) },
    });
    const row = await db.instructorInvite.findUniqueOrThrow({ where: { id: inv.id } });
    expect(row.usedAt).not.toBeNull();
    expect(row.usedById).toBe((made[0] as PromiseFulfilledResult<{ id: string }>).value.id);
    expect((await listInvites({ user: admin })).find((i) => i.id === inv.id)?.status).toBe("used");
    await expect(revokeInvite({ user: admin, inviteId: inv.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("two sign-ups with one email at the same moment make one account; the other hears the email is taken", async () => {
    // Both pass the existence check before either inserts (hashing the password sits between), so the second
    // is refused by the unique index: that error must reach the user as the same sentence.
    const same = form("STUDENT");
    const results = await Promise.allSettled([createUser(same, INVITE), createUser(same, INVITE)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT", fieldErrors: { email: EMAIL_TAKEN } },
    });
    expect(await db.user.count({ where: { email: same.email } })).toBe(1);
  });

  it("a withdrawn or expired invitation is refused", async () => {
    const revoked = await createInvite({ user: admin, days: 7 });
    await revokeInvite({ user: admin, inviteId: revoked.id });
    const expired = await createInvite({ user: admin, days: 1 });
    await db.instructorInvite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const inv of [revoked, expired]) {
      expect(await isInviteUsable(inv.token)).toBe(false);
      await expect(createUser(form("INSTRUCTOR", "e2e.school", inv.token), INVITE)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const statuses = await listInvites({ user: admin });
    expect(statuses.find((i) => i.id === revoked.id)?.status).toBe("revoked");
    expect(statuses.find((i) => i.id === expired.id)?.status).toBe("expired");
  });
});
