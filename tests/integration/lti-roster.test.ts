// Roster sync (LTI Names and Role Provisioning Services 2.0) with the platform peer (tests/support/lti-platform.ts):
// the roster's address kept from a launch, every page read with a token of the roster scope, accounts made and
// linked by platform + sub, learners enrolled, inactive and dropped ones taken out with their work kept, teachers
// and mentors not enrolled, and a failing LMS changing nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as jwksGet } from "@/app/api/lti/jwks/route";
import { rosterSyncSummary } from "@/lib/lti/nrps";
import type { SessionUser } from "@/server/auth/session";
import { forgetPlatformTokens } from "@/server/lti/get-platform-token";
import { getLtiRoster } from "@/server/lti/get-lti-roster";
import { forgetPlatformKeys } from "@/server/lti/platform-key-resolver";
import { syncLtiRoster } from "@/server/lti/sync-lti-roster";
import { LtiPlatform, ROLE, type RosterEntry } from "../support/lti-platform";
import { launch, registerPlatform, sessionOf } from "../support/lti-tool";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let p: LtiPlatform;

beforeAll(async () => {
  forgetPlatformKeys();
  p = await new LtiPlatform().start();
  p.trustTool(async () => (await jwksGet()).json());
  await registerPlatform(prisma, p);
});
afterAll(async () => {
  await p.stop();
  await prisma.$disconnect();
});
beforeEach(() => {
  p.outage = false;
  p.grantsRoster = true;
  p.rosterPageSize = 50;
  p.failRosterPage = null;
  forgetPlatformTokens();
});

const learner = (name: string, status?: RosterEntry["status"]): RosterEntry => ({
  user_id: `s-${randomUUID()}`,
  name,
  roles: [ROLE.learner],
  ...(status ? { status } : {}),
});

/** A course whose teacher launched once (so the class exists and knows the roster's address). */
async function course(opts: { roster?: boolean } = {}) {
  const context = { id: `course-${randomUUID()}`, title: "Roster seminar" };
  const teacherSub = `t-${randomUUID()}`;
  const res = await launch(p, {
    user: { sub: teacherSub, name: "Rita Roster", roles: [ROLE.instructor] },
    context,
    roster: opts.roster,
  });
  expect(res.status).toBe(303);
  const ctx = await prisma.ltiContext.findFirstOrThrow({
    where: { contextId: context.id },
    include: { class: { include: { instructor: true } } },
  });
  const t = ctx.class.instructor;
  const teacher: SessionUser = { id: t.id, name: t.name, email: t.email, role: "INSTRUCTOR" };
  const teacherEntry: RosterEntry = { user_id: teacherSub, name: "Rita Roster", roles: [ROLE.instructor] };
  return { context, ctx, teacher, teacherEntry, classId: ctx.classId };
}

const enrolledNames = async (classId: string) =>
  (await prisma.enrollment.findMany({ where: { classId }, include: { user: true } })).map((e) => e.user.name).sort();

describe("LTI roster sync (NRPS)", () => {
  it("keeps the roster's address from the launch", async () => {
    const c = await course();
    expect(c.ctx.membershipsUrl).toBe(p.membershipsUrl(c.context.id));
    const none = await course({ roster: false });
    expect(none.ctx.membershipsUrl).toBeNull();
    await expect(syncLtiRoster({ user: none.teacher, classId: none.classId })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("has not offered Passage this course's roster"),
    });
  });

  it("reads every page, makes and links accounts, enrols learners and leaves teachers and mentors out", async () => {
    const c = await course();
    // One learner launched before the sync: the sync finds their account instead of making a second.
    const early = learner("Early Ema");
    await launch(p, { user: { sub: early.user_id, name: "Early Ema", roles: early.roles }, context: c.context });
    const ada = learner("Ada Active");
    const ben = learner("Ben Bench");
    const ina = learner("Ina Inactive", "Inactive");
    const mentor: RosterEntry = { user_id: `m-${randomUUID()}`, name: "Max Mentor", roles: [ROLE.mentor] };
    p.rosters.set(c.context.id, [c.teacherEntry, early, ada, ben, ina, mentor]);
    p.rosterPageSize = 2;

    const r = await syncLtiRoster({ user: c.teacher, classId: c.classId });
    expect(r).toEqual({ members: 6, enrolled: 3, added: 3, inactive: 1, removed: 0, skipped: 0 });
    expect(rosterSyncSummary(r)).toBe("6 members, 3 students enrolled, 3 new, 1 inactive");
    expect(p.rosterRequests).toBe(3);
    expect(p.lastRosterAccept).toBe("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
    expect(await enrolledNames(c.classId)).toEqual(["Ada Active", "Ben Bench", "Early Ema"]);

    // Accounts: linked by platform + sub, no password, students; the mentor and the teacher got none.
    const links = await prisma.ltiUserLink.findMany({
      where: { sub: { in: [early.user_id, ada.user_id, ina.user_id, mentor.user_id] } },
      include: { user: true },
    });
    expect(links.map((l) => l.sub).sort()).toEqual([early.user_id, ada.user_id, ina.user_id].sort());
    expect(links.every((l) => l.user.passwordHash === null && l.user.role === "STUDENT")).toBe(true);
    expect(await prisma.user.count({ where: { ltiLinks: { some: { sub: c.teacherEntry.user_id } } } })).toBe(1);

    const view = await getLtiRoster({ user: c.teacher, classId: c.classId });
    expect(view).toMatchObject({ canSync: true, notActive: [{ name: "Ina Inactive", status: "INACTIVE" }] });
    expect(view!.syncedAt).not.toBeNull();

    // A learner the sync made signs in by launching, into the same account (the link has no assignment yet: the
    // class, with a note).
    const adaUser = links.find((l) => l.sub === ada.user_id)!.userId;
    const res = await launch(p, {
      user: { sub: ada.user_id, name: "Ada Active", roles: ada.roles },
      context: c.context,
    });
    expect(res.headers.get("x-lti-refusal")).toBeNull();
    expect((await sessionOf(res))?.uid).toBe(adaUser);
    expect(await prisma.ltiUserLink.count({ where: { sub: ada.user_id } })).toBe(1);

    // Syncing again changes nothing.
    expect(await syncLtiRoster({ user: c.teacher, classId: c.classId })).toMatchObject({ added: 0, removed: 0 });
    expect(await enrolledNames(c.classId)).toEqual(["Ada Active", "Ben Bench", "Early Ema"]);
  });

  it("takes dropped and inactive learners out of the class, keeps their work, and brings them back", async () => {
    const c = await course();
    const ada = learner("Ada Active");
    const ben = learner("Ben Bench");
    p.rosters.set(c.context.id, [c.teacherEntry, ada, ben]);
    await syncLtiRoster({ user: c.teacher, classId: c.classId });
    const benUser = await prisma.ltiUserLink.findFirstOrThrow({ where: { sub: ben.user_id } });
    const set = await prisma.questionSet.create({ data: { title: "Kept work", ownerId: c.teacher.id } });
    const a = await prisma.assignment.create({ data: { classId: c.classId, setId: set.id, title: "Kept" } });
    await prisma.attempt.create({ data: { assignmentId: a.id, studentId: benUser.userId, number: 1 } });

    // Ben leaves the course; Ada is suspended.
    p.rosters.set(c.context.id, [c.teacherEntry, { ...ada, status: "Inactive" }]);
    const r = await syncLtiRoster({ user: c.teacher, classId: c.classId });
    expect(r).toMatchObject({ members: 2, enrolled: 0, added: 0, inactive: 1, removed: 1 });
    expect(await enrolledNames(c.classId)).toEqual([]);
    expect(await prisma.attempt.count({ where: { studentId: benUser.userId } })).toBe(1);
    expect((await getLtiRoster({ user: c.teacher, classId: c.classId }))!.notActive).toEqual([
      expect.objectContaining({ name: "Ada Active", status: "INACTIVE" }),
      expect.objectContaining({ name: "Ben Bench", status: "REMOVED" }),
    ]);

    // Both are back in the LMS course: back in the class.
    p.rosters.set(c.context.id, [c.teacherEntry, ada, ben]);
    expect(await syncLtiRoster({ user: c.teacher, classId: c.classId })).toMatchObject({ enrolled: 2, added: 0 });
    expect(await enrolledNames(c.classId)).toEqual(["Ada Active", "Ben Bench"]);
    expect((await getLtiRoster({ user: c.teacher, classId: c.classId }))!.notActive).toEqual([]);
  });

  it("leaves students who joined with the class code alone", async () => {
    const c = await course();
    const own = await prisma.user.create({
      data: { email: `code-${randomUUID()}@example.edu`, name: "Coda Joiner", role: "STUDENT", passwordHash: "x" },
    });
    await prisma.enrollment.create({ data: { classId: c.classId, userId: own.id } });
    p.rosters.set(c.context.id, [c.teacherEntry]);
    expect(await syncLtiRoster({ user: c.teacher, classId: c.classId })).toMatchObject({ removed: 0 });
    expect(await enrolledNames(c.classId)).toEqual(["Coda Joiner"]);
  });

  it("changes nothing and says why when the LMS fails, refuses the scope, or sends another course", async () => {
    const c = await course();
    const entries = [learner("Ada Active"), learner("Ben Bench"), learner("Cy Cole")];
    p.rosters.set(c.context.id, [c.teacherEntry, ...entries]);
    const nothing = async () => {
      expect(await prisma.ltiUserLink.count({ where: { sub: { in: entries.map((e) => e.user_id) } } })).toBe(0);
      expect(await enrolledNames(c.classId)).toEqual([]);
    };

    p.outage = true;
    await expect(syncLtiRoster({ user: c.teacher, classId: c.classId })).rejects.toMatchObject({
      code: "UPSTREAM",
      message: expect.stringMatching(/^Peer LMS did not give Passage the roster: .*Nothing was changed\.$/),
    });
    await nothing();
    p.outage = false;

    p.grantsRoster = false;
    await expect(syncLtiRoster({ user: c.teacher, classId: c.classId })).rejects.toMatchObject({
      message: expect.stringContaining("refused Passage an access token"),
    });
    await nothing();
    p.grantsRoster = true;

    // A failure on the second page: the first page's members are not half-written.
    p.rosterPageSize = 2;
    p.failRosterPage = 1;
    await expect(syncLtiRoster({ user: c.teacher, classId: c.classId })).rejects.toMatchObject({
      code: "UPSTREAM",
      message: expect.stringContaining("it answered 500"),
    });
    p.failRosterPage = null;
    await nothing();

    // The roster of another course (a misconfigured or hostile LMS) is refused.
    const other = await course();
    await prisma.ltiContext.update({
      where: { id: c.ctx.id },
      data: { membershipsUrl: p.membershipsUrl(other.context.id) },
    });
    p.rosters.set(other.context.id, [learner("Stranger")]);
    await expect(syncLtiRoster({ user: c.teacher, classId: c.classId })).rejects.toMatchObject({
      message: expect.stringContaining("roster of another course"),
    });
    await nothing();
  });

  it("lets only the class's own teacher sync it", async () => {
    const c = await course();
    const other = await course();
    p.rosters.set(c.context.id, [learner("Ada Active")]);
    const requests = p.rosterRequests;
    await expect(syncLtiRoster({ user: other.teacher, classId: c.classId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const student: SessionUser = { id: c.teacher.id, name: "x", email: "x", role: "STUDENT" };
    await expect(syncLtiRoster({ user: student, classId: c.classId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(p.rosterRequests).toBe(requests);
    expect(await getLtiRoster({ user: other.teacher, classId: c.classId })).toBeNull();
  });
});
