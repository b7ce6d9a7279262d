import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { newJoinCode } from "./new-join-code";

export const createClassInput = z.object({
  name: z.string().trim().min(1, "Give the class a name.").max(120, "Keep the name under 120 characters."),
});

/** Creates a class with a fresh unique join code (retrying on the rare collision). */
export async function createClass(opts: { user: SessionUser; input: z.infer<typeof createClassInput> }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can create classes.");
  for (let i = 0; i < 5; i++) {
    try {
      return await db.class.create({
        data: { name: opts.input.name, joinCode: newJoinCode(), instructorId: opts.user.id },
        select: { id: true, joinCode: true },
      });
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") continue;
      throw e;
    }
  }
  throw new AppError("CONFLICT", "Could not find a free join code. Try again.");
}
