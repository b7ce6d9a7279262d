// Seeds the built-in essays (verbatim from content/essays) and the built-in question sets everywhere; the demo
// accounts and class only with DEMO_DATA=1 (scripts/db.mjs decides it for `npm start`/`npm run dev`).
// Idempotent: a second run changes nothing. Run with `npm run db:seed` (needs DATABASE_URL).
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/generated/prisma/client";
import { BUILTIN_ESSAYS } from "../lib/essays/builtin-essays";
import { resplitEssays } from "../server/essays/resplit-essays";
import { syncEssay } from "../server/essays/sync-essay";
import { seedBuiltinSets } from "../server/question-sets/seed-builtin-sets";
import { seedDemo } from "./demo/seed-demo";

const root = path.resolve(import.meta.dirname, "..");

/** `demo`: also the demo accounts and class (public password): only when asked for, see scripts/db.mjs. */
export async function seed(prisma: PrismaClient, options: { demo?: boolean } = {}) {
  for (const e of BUILTIN_ESSAYS) {
    const raw = fs.readFileSync(path.join(root, "content/essays", e.file), "utf8");
    await prisma.$transaction((tx) => syncEssay(tx, e.parse(raw), { builtIn: true }), { timeout: 60_000 });
  }
  // Essays imported earlier are re-split with today's splitter; their citations follow their text.
  await resplitEssays(prisma);
  await seedBuiltinSets(prisma);

  if (options.demo) await seedDemo(prisma);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. Run `npm run dev` (embedded database) or set DATABASE_URL.");
    process.exit(1);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const demo = process.env.DEMO_DATA === "1";
  seed(prisma, { demo })
    .then(() => console.log(`Seeded essays and question sets${demo ? ", and the demo accounts and class" : ""}.`))
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => prisma.$disconnect());
}
