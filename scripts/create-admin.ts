// `npm run admin:create -- --email you@school.org [--name "Your Name"]`: makes an admin, who can invite
// instructors (/admin/invites). An existing instructor is promoted; otherwise an instructor account is created
// with ADMIN_PASSWORD, or a generated password printed once. Needs DATABASE_URL (see the README).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/generated/prisma/client";

const EMBEDDED = "postgresql://postgres:postgres@127.0.0.1:54329/passage_quiz";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    console.error('Usage: npm run admin:create -- --email you@school.org [--name "Your Name"]');
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      `DATABASE_URL is not set. With the embedded database, while the app runs: DATABASE_URL=${EMBEDDED} npm run admin:create -- --email ${email}`,
    );
    return 2;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const existing = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (existing?.role === "STUDENT") {
      console.error(`${email} is a student account; an admin must be an instructor. Use another address.`);
      return 1;
    }
    if (existing) {
      await prisma.user.update({ where: { id: existing.id }, data: { isAdmin: true } });
      console.log(`${email} is now an admin.`);
      return 0;
    }
    const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
    if (password.length < 8) {
      console.error("ADMIN_PASSWORD must have at least 8 characters.");
      return 2;
    }
    const name = values.name?.trim() || email.slice(0, email.indexOf("@"));
    await prisma.user.create({
      data: { email, name, role: "INSTRUCTOR", isAdmin: true, passwordHash: await hash(password) },
    });
    console.log(`Created the admin ${email} (an instructor).`);
    if (!process.env.ADMIN_PASSWORD) console.log(`Password: ${password}   (shown once: keep it somewhere safe)`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
