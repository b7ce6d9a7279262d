// Who sees what in a discussion, for every kind of viewer, through the real server functions and database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPost } from "@/server/discussion/create-post";
import { getDiscussion } from "@/server/discussion/get-discussion";
import { moderatePost } from "@/server/discussion/moderate-post";
import { reportPost } from "@/server/discussion/report-post";
import { prismaFor } from "../support/test-db";
import { passageAt, seedClassAssignment, submitted, user } from "../fixtures/discussion-seed";

const db = prismaFor();
type V = { id: string; role: "INSTRUCTOR" | "STUDENT" };
let owner: V, otherInstructor: V, answered: V, answered2: V, notAnswered: V, outsider: V;
let a: Awaited<ReturnType<typeof seedClassAssignment>>;
let anon: Awaited<ReturnType<typeof seedClassAssignment>>;
let passageId: string;
const names: Record<string, string> = {};

beforeAll(async () => {
  const mk = async (role: "INSTRUCTOR" | "STUDENT", name: string) => {
    const u = await user(db, role, `${name} ${Date.now()}`);
    names[name] = u.name;
    return { id: u.id, role };
  };
  owner = await mk("INSTRUCTOR", "Owner");
  otherInstructor = await mk("INSTRUCTOR", "Other");
  answered = await mk("STUDENT", "Ada");
  answered2 = await mk("STUDENT", "Bo");
  notAnswered = await mk("STUDENT", "Cy");
  outsider = await mk("STUDENT", "Out");
  passageId = (await passageAt(db, "russia-taliban-engagement", 2, 1)).id;
  const students = [answered.id, answered2.id, notAnswered.id];
  a = await seedClassAssignment(db, {
    instructorId: owner.id,
    studentIds: students,
    type: "SHORT_ANSWER",
    content: {},
    passageIds: [passageId],
  });
  anon = await seedClassAssignment(db, {
    instructorId: owner.id,
    studentIds: students,
    type: "SHORT_ANSWER",
    content: {},
    passageIds: [passageId],
    anonymous: true,
  });
  for (const x of [a, anon]) {
    await submitted(db, x, answered.id, { text: "Borders." });
    await submitted(db, x, answered2.id, { text: "Influence." });
  }
  // An outsider's own class, so "student of another class" is a real enrolled student elsewhere.
  await seedClassAssignment(db, {
    instructorId: otherInstructor.id,
    studentIds: [outsider.id],
    type: "SHORT_ANSWER",
    content: {},
    passageIds: [passageId],
  });
});
afterAll(async () => {
  await db.$disconnect();
});

const view = (viewer: V, x = a) => getDiscussion({ viewer, assignmentId: x.assignmentId, questionId: x.questionId });
const texts = (d: Awaited<ReturnType<typeof view>>) => d.groups.flatMap((g) => g.answers.map((x) => x.text)).sort();

describe("discussion visibility", () => {
  it("the owning instructor sees every answer with names", async () => {
    const d = await view(owner);
    expect(texts(d)).toEqual(["Borders.", "Influence."]);
    expect(d.groups[0]!.answers.map((x) => x.author.label).sort()).toEqual([names.Ada, names.Bo].sort());
    expect(d.essays[0]!.passages.some((p) => p.id === passageId)).toBe(true);
  });

  it("another instructor and a student of another class get NOT_FOUND", async () => {
    await expect(view(otherInstructor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(view(outsider)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an enrolled student who has not submitted sees the question and essay but no answers or posts, and cannot post", async () => {
    await createPost({
      viewer: answered,
      input: { assignmentId: a.assignmentId, questionId: a.questionId, body: "Visible only after answering" },
    });
    const d = await view(notAnswered);
    expect(d.viewer.canSeePeers).toBe(false);
    expect(d.viewer.lockedReason).toMatch(/Submit your own answers first/);
    expect(d.groups).toEqual([]);
    expect(d.general).toEqual([]);
    expect(JSON.stringify(d)).not.toContain("Borders.");
    expect(d.essays.length).toBeGreaterThan(0);
    await expect(
      createPost({
        viewer: notAnswered,
        input: { assignmentId: a.assignmentId, questionId: a.questionId, body: "hi" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an enrolled student who submitted sees peers' answers and posts", async () => {
    const d = await view(answered2);
    expect(texts(d)).toEqual(["Borders.", "Influence."]);
    expect(d.general.map((p) => p.body)).toContain("Visible only after answering");
  });

  it("without reveal-after-answering, a student who has not submitted sees peers", async () => {
    const open = await seedClassAssignment(db, {
      instructorId: owner.id,
      studentIds: [notAnswered.id, answered.id],
      type: "SHORT_ANSWER",
      content: {},
      passageIds: [passageId],
      peersAfterAnswer: false,
    });
    await submitted(db, open, answered.id, { text: "Open answer" });
    expect(texts(await view(notAnswered, open))).toEqual(["Open answer"]);
  });

  it("a hidden post reaches its author (marked hidden) and the instructor, nobody else", async () => {
    const post = await createPost({
      viewer: answered,
      input: { assignmentId: a.assignmentId, questionId: a.questionId, body: "Post to be hidden" },
    });
    await expect(
      moderatePost({ viewer: otherInstructor, input: { postId: post.id, action: "hide" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moderatePost({ viewer: answered2, input: { postId: post.id, action: "hide" } })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await moderatePost({ viewer: owner, input: { postId: post.id, action: "hide" } });
    const find = async (v: V) => (await view(v)).general.find((p) => p.id === post.id);
    expect(await find(answered)).toMatchObject({ hidden: true, body: "Post to be hidden" });
    expect(await find(owner)).toMatchObject({ hidden: true });
    expect(await find(answered2)).toBeUndefined();
    await expect(
      reportPost({ viewer: answered2, input: { postId: post.id, reason: "spam spam" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Deleted: gone for everyone (no replies keep a placeholder).
    await moderatePost({ viewer: owner, input: { postId: post.id, action: "delete" } });
    expect(await find(owner)).toBeUndefined();
    expect(await find(answered)).toBeUndefined();
  });

  it("in an anonymous assignment students see stable pseudonyms and never names; the instructor sees names", async () => {
    await createPost({
      viewer: answered,
      input: { assignmentId: anon.assignmentId, questionId: anon.questionId, body: "Anonymous thought" },
    });
    const d1 = await view(answered2, anon);
    const d2 = await view(answered2, anon);
    const json = JSON.stringify(d1);
    expect(json).not.toContain(names.Ada);
    expect(json).not.toContain(answered.id);
    const labels = d1.groups.flatMap((g) => g.answers.map((x) => x.author.label));
    expect(labels).toEqual(d2.groups.flatMap((g) => g.answers.map((x) => x.author.label)));
    expect(labels.some((l) => /^[A-Z][a-z]+ [A-Z][a-z]+ \d\d \(you\)$/.test(l))).toBe(true);
    const adaLabel = d1.general.find((p) => p.body === "Anonymous thought")!.author.label;
    expect(adaLabel).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d\d$/);
    expect(labels).toContain(adaLabel);
    // A pseudonym is per assignment: the same student is not linkable across assignments by name.
    const ownerView = await view(owner, anon);
    expect(ownerView.general.find((p) => p.body === "Anonymous thought")!.author.label).toBe(names.Ada);
  });
});
