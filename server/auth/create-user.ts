import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { db } from "../db";
import { hashPassword } from "./password";

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: z.string().trim().toLowerCase().email("Enter a valid email address, like name@school.org.").max(254),
  password: z
    .string()
    .min(8, "Use at least 8 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
  role: z.enum(["INSTRUCTOR", "STUDENT"], { message: "Choose whether you teach or study." }),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export async function createUser(input: SignUpInput) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing)
    throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
      email: "An account with this email already exists.",
    });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash },
      select: { id: true, email: true, role: true, name: true },
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002")
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
        email: "An account with this email already exists.",
      });
    throw e;
  }
}
