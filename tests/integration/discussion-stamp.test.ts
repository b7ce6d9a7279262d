// The stamp open discussion tabs poll (every 20 s) must change whenever what the page shows may have changed, and
// only then: a missed change is a stale tab, a needless one a whole page render for nothing. Checked through the
// app's own writes; also who may ask.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPost } from "@/server/discussion/create-post";
import { discussionStamp } from "@/server/discussion/discussion-stamp";
import { moderatePost } from "@/server/discussion/moderate-post";
import { reportPost } from "@/server/discussion/report-post";
import { toggleReaction } from "@/server/discussion/toggle-reaction";
import { REACTIONS } from "@/lib/discussion/view-types";
import { prismaFor } from "../support/test-db";
import { passageAt, seedClassAssignment, submitted, user } from "../fixtures/discussion-seed";

const db = prismaFor();
type V = { id: string; role: "INSTRUCTOR" | "STUDENT" };
let teacher: V, ada: V, bo: V, cy: V;
let a: Awaited<ReturnType<typeof seedClassAssignment>>;
let adaAnswer: string;
const emoji = REACTIONS[0]!.key;

beforeAll(async () => {
  teacher = { id: (await user(db, "INSTRUCTOR")).id, role: "INSTRUCTOR" };
  const student = async (): Promise<V> => ({ id: (await user(db, "STUDENT")).id, role: "STUDENT" });
  [ada, bo, cy] = [await student(), await student(), await student()];
  const p = await passageAt(db, "russia-taliban-engagement", 2, 1);
  a = await seedClassAssignment(db, {
    instructorId: teacher.id,
    studentIds: [ada.id, bo.id, cy.id],
    type: "SHORT_ANSWER",
    content: {},
    passageIds: [p.id],
  });
  adaAnswer = (await submitted(db, a, ada.id, { text: "Borders." })).id;
  await submitted(db, a, bo.id, { text: "Influence." });
});
afterAll(async () => {
  await db.$disconnect();
});

const stamp = (viewer: V = ada) => discussionStamp({ viewer, ...a });

describe("the discussion's stamp", () => {
  it("stays the same while nothing changes, and changes with each post, reaction, report and moderation", async () => {
    const seen = [await stamp()];
    expect(await stamp()).toBe(seen[0]);
    expect(await stamp(teacher)).toBe(seen[0]); // the same discussion for every viewer
    // Differs from the one the tab holds (taking a reaction back may return to an older stamp: so does the page).
    const expectNew = async () => {
      const now = await stamp();
      expect(now).not.toBe(seen.at(-1));
      seen.push(now);
    };

    const post = await createPost({ viewer: bo, input: { ...a, body: "Look at paragraph two." } });
    await expectNew();
    await toggleReaction({ viewer: ada, input: { target: "post", id: post.id, reaction: emoji } });
    await expectNew();
    await toggleReaction({ viewer: bo, input: { target: "response", id: adaAnswer, reaction: emoji } });
    await expectNew();
    await toggleReaction({ viewer: bo, input: { target: "response", id: adaAnswer, reaction: emoji } }); // taken back
    await expectNew();
    await reportPost({ viewer: ada, input: { postId: post.id, reason: "Off topic" } });
    await expectNew();
    await moderatePost({ viewer: teacher, input: { postId: post.id, action: "hide" } });
    await expectNew();
    await submitted(db, a, cy.id, { text: "Trade." });
    await expectNew();
    expect(await stamp()).toBe(seen.at(-1));
  });

  it("is refused to a student who has not answered yet, and to someone outside the class", async () => {
    const outsider = { id: (await user(db, "STUDENT")).id, role: "STUDENT" as const };
    const locked = await seedClassAssignment(db, {
      instructorId: teacher.id,
      studentIds: [ada.id],
      type: "SHORT_ANSWER",
      content: {},
      passageIds: [],
      peersAfterAnswer: true,
    });
    await expect(discussionStamp({ viewer: ada, ...locked })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(stamp(outsider)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
