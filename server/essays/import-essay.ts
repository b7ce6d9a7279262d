import "server-only";
import { z } from "zod";
import { decodeEssayBytes, slugify } from "@/lib/essays/validate-upload";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { createEssayInTx } from "./create-essay-in-tx";

export const importEssayFields = z.object({
  title: z.string().trim().min(1, "Give the essay a title.").max(200, "Keep the title under 200 characters."),
  author: z
    .string()
    .trim()
    .max(200, "Keep the author under 200 characters.")
    .optional()
    .transform((s) => s || null),
  source: z
    .string()
    .trim()
    .max(300, "Keep the source under 300 characters.")
    .optional()
    .transform((s) => s || null),
});
export type ImportEssayFields = z.input<typeof importEssayFields>;

/**
 * Stores an instructor's essay and its passages. The bytes are checked here (UTF-8, no binary, ≤ 200 kB,
 * not empty) whatever the browser already checked; on any failure nothing is written.
 */
export async function importEssay(opts: { user: SessionUser; fields: ImportEssayFields; bytes: Uint8Array }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can import essays.");
  const parsed = importEssayFields.safeParse(opts.fields);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0])] ??= i.message;
    throw new AppError("INVALID", "Check the highlighted fields.", fieldErrors);
  }
  const checked = decodeEssayBytes(opts.bytes);
  if (!checked.ok) throw new AppError("INVALID", checked.error, { text: checked.error });
  const { title, author, source } = parsed.data;
  const base = slugify(title);

  // The slug is claimed by creating the row, so two imports of the same title cannot share (or overwrite)
  // an essay: on a unique-constraint clash we try the next suffix.
  for (let attempt = 0; attempt < 50; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${attempt + 1}`;
    if (await db.essay.findUnique({ where: { slug }, select: { id: true } })) continue;
    try {
      return await db.$transaction(async (tx) => {
        const essay = await createEssayInTx(tx, opts.user, { slug, title, author, source, body: checked.body });
        return { id: essay.id, slug: essay.slug, title: essay.title, passages: essay.passages.length };
      });
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") continue;
      throw e;
    }
  }
  throw new AppError("CONFLICT", "Too many essays share this title. Choose a more specific title.");
}
