import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseInstructorSignup } from "@/lib/auth/instructor-signup-policy";
import { createUser, signUpSchema } from "@/server/auth/create-user";
import type { SessionUser } from "@/server/auth/session";
import { createClass } from "@/server/classes/create-class";
import { findRosterInvite } from "@/server/classes/find-roster-invite";
import { importRoster } from "@/server/classes/import-roster";
import { planRosterImport } from "@/server/classes/plan-roster-import";
import { db } from "@/server/db";

// A roster upload against a real database: the plan per row, the all-or-nothing confirmation, idempotency,
// who may enrol into a class, and the invitation link that signs a new student up into the class.
const tag = randomBytes(4).toString("hex");
const mail = (who: string) => `${who}-${tag}@roster.school`;
const select = { id: true, email: true, name: true, role: true, isAdmin: true } as const;
const makeUser = (who: string, role: "INSTRUCTOR" | "STUDENT") =>
  db.user.create({ data: { email: mail(who), name: who, role, passwordHash: "x" }, select });
let teacher: SessionUser;
let other: SessionUser;
let student: SessionUser;
let classId: string;
const csv = () =>
  [
    "\uFEFFFirst Name;Last Name;Email Address",
    `Stu;Dent;${mail("stu").toUpperCase()}`,
    `New;Comer;${mail("newcomer")}`,
    `Bad;Row;not-an-address`,
    `;;${mail("noname")}`,
    `Tea;Cher;${mail("other")}`,
    `New;Again;${mail("newcomer")}`,
  ].join("\r\n") + "\r\n";
const enrolled = () => db.enrollment.findMany({ where: { classId }, select: { userId: true } });

beforeAll(async () => {
  teacher = await makeUser("teacher", "INSTRUCTOR");
  other = await makeUser("other", "INSTRUCTOR");
  student = await makeUser("stu", "STUDENT");
  classId = (await createClass({ user: teacher, input: { name: "Roster class" } })).id;
});
afterAll(() => db.$disconnect());

describe("roster upload", () => {
  it("previews each row (enrol, invite, errors) and stores nothing", async () => {
    const plan = await planRosterImport({ user: teacher, classId, csv: csv() });
    expect(plan.rows.map((r) => [r.row, r.status])).toEqual([
      [2, "enrol"],
      [3, "invite"],
      [4, "error"],
      [5, "error"],
      [6, "error"],
      [7, "error"],
    ]);
    expect(plan.rows.filter((r) => r.status === "error").map((r) => (r.status === "error" ? r.message : ""))).toEqual([
      "“not-an-address” is not an e-mail address.",
      `No name for ${mail("noname")}.`,
      `${mail("other")} is an instructor account; only students can be enrolled.`,
      `${mail("newcomer")} appears twice; the first row is kept.`,
    ]);
    expect(await enrolled()).toEqual([]);
    expect(await db.rosterInvite.count({ where: { classId } })).toBe(0);
  });

  it("another instructor can neither preview nor enrol into my class, and nothing is written", async () => {
    await expect(planRosterImport({ user: other, classId, csv: csv() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importRoster({ user: other, classId, csv: csv() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importRoster({ user: student, classId, csv: csv() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await enrolled()).toEqual([]);
    expect(await db.rosterInvite.count({ where: { classId } })).toBe(0);
  });

  let token = "";
  it("confirms: enrols the existing student, invites the new address (hash only); the same file again changes nothing", async () => {
    const saved = await importRoster({ user: teacher, classId, csv: csv() });
    expect(saved).toMatchObject({ enrolled: 1, unchanged: 0, skipped: 4 });
    expect(saved.invited.map((i) => [i.name, i.email])).toEqual([["New Comer", mail("newcomer")]]);
    token = saved.invited[0]!.token;
    expect(await enrolled()).toEqual([{ userId: student.id }]);
    const rows = await db.rosterInvite.findMany({ where: { classId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);

    const before = JSON.stringify([await enrolled(), await db.rosterInvite.findMany({ where: { classId } })]);
    const again = await importRoster({ user: teacher, classId, csv: csv() });
    expect(again).toMatchObject({ enrolled: 0, invited: [], unchanged: 2, skipped: 4 });
    expect(JSON.stringify([await enrolled(), await db.rosterInvite.findMany({ where: { classId } })])).toBe(before);
    const plan = await planRosterImport({ user: teacher, classId, csv: csv() });
    expect(plan.rows.slice(0, 2).map((r) => r.status)).toEqual(["enrolled", "invited"]);
  });

  it("the invitation link signs up with the listed address only, once, and enrols the new student", async () => {
    expect(await findRosterInvite(token)).toMatchObject({ email: mail("newcomer"), class: { name: "Roster class" } });
    const policy = parseInstructorSignup("invite", false);
    const input = (email: string, role: "STUDENT" | "INSTRUCTOR" = "STUDENT") =>
      signUpSchema.parse({ name: "New Comer", email, password: "long-enough", role, roster: token });
    await expect(createUser(input(mail("someone-else")), policy)).rejects.toMatchObject({ code: "INVALID" });
    await expect(createUser(input(mail("newcomer"), "INSTRUCTOR"), policy)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.user.count({ where: { email: { in: [mail("someone-else"), mail("newcomer")] } } })).toBe(0);
    const user = await createUser(input(mail("newcomer")), policy);
    expect((await enrolled()).map((e) => e.userId).sort()).toEqual([student.id, user.id].sort());
    expect(await findRosterInvite(token)).toBeNull();
    await expect(createUser(input(mail("newcomer")), policy)).rejects.toMatchObject({ code: "CONFLICT" });
    // The roster again: the new student is now simply enrolled; nothing changes.
    expect(await importRoster({ user: teacher, classId, csv: csv() })).toMatchObject({ enrolled: 0, invited: [] });
  });

  it("a confirmation that fails part-way writes nothing (all or nothing)", async () => {
    const cls = (await createClass({ user: teacher, input: { name: "Atomic" } })).id;
    const fresh = await makeUser("fresh", "STUDENT");
    const file = `name,email\nFresh,${fresh.email}\nLate,${mail("late")}\n`;
    // The invitations' insert fails as a concurrent confirmation of the same address would make it fail (unique
    // key), after the enrolment was written in the same transaction: both must be gone.
    // db is a proxy over the process's one client (server/db.ts): the client itself is patched, then restored.
    const client = (globalThis as unknown as { prisma: { $transaction: unknown } }).prisma;
    const orig = db.$transaction.bind(db);
    type Fn = (tx: typeof db) => Promise<unknown>;
    const failing = (tx: typeof db) =>
      new Proxy(tx, {
        get: (t, k) =>
          k === "rosterInvite"
            ? {
                ...t.rosterInvite,
                deleteMany: t.rosterInvite.deleteMany,
                createMany: () => Promise.reject(Object.assign(new Error("dup"), { code: "P2002" })),
              }
            : Reflect.get(t, k),
      });
    client.$transaction = (fn: Fn) => orig((tx) => fn(failing(tx as unknown as typeof db)));
    try {
      await expect(importRoster({ user: teacher, classId: cls, csv: file })).rejects.toMatchObject({
        code: "CONFLICT",
      });
    } finally {
      delete (client as { $transaction?: unknown }).$transaction;
      if (client.$transaction === undefined) client.$transaction = orig;
    }
    expect(await db.enrollment.count({ where: { classId: cls } })).toBe(0);
    expect(await db.rosterInvite.count({ where: { classId: cls } })).toBe(0);
    // Without the failure the same file goes through.
    expect(await importRoster({ user: teacher, classId: cls, csv: file })).toMatchObject({ enrolled: 1 });
  });
});
