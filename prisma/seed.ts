// Seeds the built-in essays (verbatim from content/essays), the built-in question sets and demo accounts.
// Idempotent: a second run changes nothing. Run with `npm run db:seed` (needs DATABASE_URL).
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { hash } from "@node-rs/argon2";
import { PrismaClient } from "../server/generated/prisma/client";
import { BUILTIN_ESSAYS } from "../lib/essays/builtin-essays";
import { resplitEssays } from "../server/essays/resplit-essays";
import { syncEssay } from "../server/essays/sync-essay";
import { seedBuiltinSets } from "../server/question-sets/seed-builtin-sets";
import { DEMO_CLASS, DEMO_INSTRUCTOR, DEMO_PASSWORD, DEMO_STUDENTS } from "./demo/demo-accounts";
import { seedDemoClasswork } from "./demo/demo-classwork";

const root = path.resolve(import.meta.dirname, "..");

export async function seed(prisma: PrismaClient) {
  for (const e of BUILTIN_ESSAYS) {
    const raw = fs.readFileSync(path.join(root, "content/essays", e.file), "utf8");
    await prisma.$transaction((tx) => syncEssay(tx, e.parse(raw), { builtIn: true }), { timeout: 60_000 });
  }
  // Essays imported earlier are re-split with today's splitter; their citations follow their text.
  await resplitEssays(prisma);
  await seedBuiltinSets(prisma);

  const passwordHash = await hash(DEMO_PASSWORD);
  const upsertUser = (u: { email: string; name: string; role: "INSTRUCTOR" | "STUDENT" }) =>
    prisma.user.upsert({ where: { email: u.email }, update: {}, create: { ...u, passwordHash } });
  const teacher = await upsertUser(DEMO_INSTRUCTOR);
  const cls = await prisma.class.upsert({
    where: { joinCode: DEMO_CLASS.joinCode },
    update: {},
    create: { ...DEMO_CLASS, instructorId: teacher.id },
  });
  const namedStudentIds: string[] = [];
  for (const s of DEMO_STUDENTS) {
    const student = await upsertUser(s);
    namedStudentIds.push(student.id);
    await prisma.enrollment.upsert({
      where: { classId_userId: { classId: cls.id, userId: student.id } },
      update: {},
      create: { classId: cls.id, userId: student.id },
    });
  }
  await seedDemoClasswork(prisma, { classId: cls.id, teacherId: teacher.id, passwordHash, namedStudentIds });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. Run `npm run dev` (embedded database) or set DATABASE_URL.");
    process.exit(1);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  seed(prisma)
    .then(() => console.log("Seeded essays, question sets and demo accounts."))
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => prisma.$disconnect());
}
