import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { setDetailsInput, setFieldErrors, type SetDetailsInput } from "./set-input";

export function parseSetDetails(input: SetDetailsInput) {
  const parsed = setDetailsInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Check the highlighted fields.", setFieldErrors(parsed.error));
  return parsed.data;
}
