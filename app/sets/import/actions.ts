"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { MAX_UPLOAD_BYTES } from "@/lib/interop/upload";
import { textField } from "@/server/http/action-input";
import { formInput, instructorAction } from "@/server/http/server-action";
import { importQuestionBank } from "@/server/question-sets/import-question-bank";
import { planBankImport } from "@/server/question-sets/plan-bank-import";

/** The uploaded bank: a non-empty file under the upload limit (checked again, by content, in lib/interop). */
async function fileBytes(v: FormDataEntryValue | null): Promise<{ bytes: Uint8Array; name: string }> {
  if (!(v instanceof File) || v.size === 0)
    throw new AppError("INVALID", "Choose a question-bank file to import.", { file: "Choose a file." });
  if (v.size > MAX_UPLOAD_BYTES)
    throw new AppError("INVALID", `This file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, the limit.`, {
      file: "The file is too large.",
    });
  return { bytes: new Uint8Array(await v.arrayBuffer()), name: v.name.slice(0, 200) };
}

const bankForm = formInput((f) => ({
  file: f.get("file"),
  destination: textField(f, "destination"),
  title: textField(f, "title"),
  setId: textField(f, "setId"),
  digest: textField(f, "digest"),
}));

/** BankImportForm's preview(form): what the file would import. Stores nothing. */
export const previewBankAction = instructorAction({ form: bankForm }, async ({ user, form }) => {
  const { bytes, name } = await fileBytes(form.file);
  const { preview } = await planBankImport({ user, bytes, name });
  return { preview };
});

const destination = z.discriminatedUnion("destination", [
  z.object({
    destination: z.literal("new"),
    title: z.string().trim().min(1, "Give the new set a title.").max(200, "Keep the title under 200 characters."),
  }),
  z.object({ destination: z.literal("existing"), setId: z.string().min(1, "Choose one of your sets.").max(64) }),
]);

/** BankImportForm's save(form): saves the previewed file into a new set or one of the instructor's own. */
export const importBankAction = instructorAction({ form: bankForm }, async ({ user, form }) => {
  const d = destination.safeParse(form);
  if (!d.success) {
    const issue = d.error.issues[0]!;
    throw new AppError("INVALID", issue.message, { [String(issue.path[0] ?? "destination")]: issue.message });
  }
  const { bytes, name } = await fileBytes(form.file);
  const saved = await importQuestionBank({
    user,
    bytes,
    name,
    digest: form.digest,
    destination:
      d.data.destination === "new" ? { kind: "new", title: d.data.title } : { kind: "existing", setId: d.data.setId },
  });
  revalidatePath("/sets");
  return saved;
});
