import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

/** Upserts the built-in question sets (content/question-sets). Filled in by the question-set feature. */
export async function seedBuiltinSets(_prisma: PrismaClient): Promise<void> {}
