import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";

/** For pages: a NOT_FOUND AppError from a domain function renders the 404 page, exactly like a page that does not exist. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
