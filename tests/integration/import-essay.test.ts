// Importing an essay: checked bytes, unique slugs, passages written with the essay, visible to its owner only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/server/auth/session";
import { importEssay } from "@/server/essays/import-essay";
import { listEssays } from "@/server/essays/list-essays";
import { uniqueEmail } from "../factories";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let owner: SessionUser;
let other: SessionUser;
const utf8 = (s: string) => new TextEncoder().encode(s);
const BODY =
  "The first paragraph makes a claim. It gives a reason.\nThe second paragraph answers the U.S. position. It ends here.";

async function user(role: "INSTRUCTOR" | "STUDENT"): Promise<SessionUser> {
  const u = await prisma.user.create({ data: { email: uniqueEmail("imp"), name: "U", passwordHash: "x", role } });
  return { id: u.id, role, name: u.name, email: u.email };
}

beforeAll(async () => {
  owner = await user("INSTRUCTOR");
  other = await user("INSTRUCTOR");
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("importEssay", () => {
  it("stores the essay and its passages, owned by the instructor and visible only to them", async () => {
    const title = `Imported essay ${Date.now()}`;
    const e = await importEssay({ user: owner, fields: { title, author: "A. Writer", source: "" }, bytes: utf8(BODY) });
    expect(e.passages).toBe(2 + 4);
    const stored = await prisma.essay.findUniqueOrThrow({ where: { id: e.id }, include: { passages: true } });
    expect(stored).toMatchObject({
      title,
      author: "A. Writer",
      source: null,
      builtIn: false,
      ownerId: owner.id,
      body: BODY,
    });
    for (const p of stored.passages) expect(BODY.slice(p.start, p.end)).toBe(p.text);
    expect((await listEssays(owner)).map((x) => x.id)).toContain(e.id);
    expect((await listEssays(other)).map((x) => x.id)).not.toContain(e.id);
    // The same title again gets its own slug and never touches the first essay.
    const again = await importEssay({ user: other, fields: { title }, bytes: utf8("Another text. Entirely.") });
    expect(again.slug).toBe(`${e.slug}-2`);
    expect((await prisma.essay.findUniqueOrThrow({ where: { id: e.id } })).body).toBe(BODY);
  });

  it("refuses empty, binary, oversized and non-UTF-8 input, a missing title, and students; nothing is stored", async () => {
    const before = await prisma.essay.count({ where: { ownerId: owner.id } });
    const cases: [Uint8Array, RegExp][] = [
      [utf8(""), /empty/],
      [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), /not plain text/],
      [utf8("Sentence. ".repeat(21_000)), /too large/],
      [new Uint8Array([...utf8("Na"), 0xef, ...utf8("ve text. More.")]), /not UTF-8/],
    ];
    for (const [bytes, message] of cases) {
      const e = await importEssay({ user: owner, fields: { title: "Bad" }, bytes }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).message).toMatch(message);
      expect((e as AppError).fieldErrors?.text).toMatch(message);
    }
    const noTitle = await importEssay({ user: owner, fields: { title: "  " }, bytes: utf8(BODY) }).catch(
      (x: unknown) => x,
    );
    expect((noTitle as AppError).fieldErrors).toEqual({ title: "Give the essay a title." });
    const student = await user("STUDENT");
    expect(
      (
        (await importEssay({ user: student, fields: { title: "S" }, bytes: utf8(BODY) }).catch(
          (x: unknown) => x,
        )) as AppError
      ).code,
    ).toBe("FORBIDDEN");
    expect(await prisma.essay.count({ where: { ownerId: owner.id } })).toBe(before);
    expect(await prisma.essay.count({ where: { title: { in: ["Bad", "S"] } } })).toBe(0);
  });
});

describe("an imported essay in a class's reading", () => {
  it("is listed for the students of a class whose assignment uses it, and for no one else", async () => {
    const e = await importEssay({ user: owner, fields: { title: `Class reading ${Date.now()}` }, bytes: utf8(BODY) });
    const [enrolled, outsider] = [await user("STUDENT"), await user("STUDENT")];
    const cls = await prisma.class.create({
      data: {
        name: "Reading group",
        joinCode: `R${Date.now().toString(36).slice(-7).toUpperCase()}`,
        instructorId: owner.id,
      },
    });
    await prisma.enrollment.create({ data: { classId: cls.id, userId: enrolled.id } });
    expect((await listEssays(enrolled)).map((x) => x.id)).not.toContain(e.id); // nothing assigned from it yet
    const set = await prisma.questionSet.create({
      data: { title: "On the reading", ownerId: owner.id, essays: { create: [{ essayId: e.id }] } },
    });
    await prisma.assignment.create({ data: { classId: cls.id, setId: set.id, title: "Read and answer" } });
    expect((await listEssays(enrolled)).map((x) => x.id)).toContain(e.id);
    expect((await listEssays(outsider)).map((x) => x.id)).not.toContain(e.id);
  });
});
