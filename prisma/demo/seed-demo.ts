// The demo: an instructor (an admin, so the invite page can be tried), three named students and a class
// with classwork. Only seeded when asked for (DEMO_DATA; on by default for the embedded database only):
// the demo password is public, so a real deployment must never get these accounts by accident.
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../../server/generated/prisma/client";
import { DEMO_CLASS, DEMO_INSTRUCTOR, DEMO_PASSWORD, DEMO_STUDENTS } from "./demo-accounts";
import { seedDemoClasswork } from "./demo-classwork";

export async function seedDemo(prisma: PrismaClient) {
  const passwordHash = await hash(DEMO_PASSWORD);
  const upsertUser = (u: { email: string; name: string; role: "INSTRUCTOR" | "STUDENT" }, isAdmin = false) =>
    prisma.user.upsert({
      where: { email: u.email },
      update: isAdmin ? { isAdmin } : {},
      create: { ...u, passwordHash, isAdmin },
    });
  const teacher = await upsertUser(DEMO_INSTRUCTOR, true);
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
