"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { decodeEssayBytes } from "@/lib/essays/validate-upload";
import { AppError } from "@/lib/errors/app-error";
import { importEssay } from "@/server/essays/import-essay";
import { textField } from "@/server/http/action-input";
import { formInput, instructorAction } from "@/server/http/server-action";

/** The essay's bytes: the uploaded file when there is one, otherwise the pasted text. */
async function bytesFrom(form: { file: FormDataEntryValue | null; text: string }): Promise<Uint8Array> {
  if (form.file instanceof File && form.file.size > 0) return new Uint8Array(await form.file.arrayBuffer());
  return new TextEncoder().encode(form.text);
}

const essayForm = formInput((f) => ({
  title: textField(f, "title"),
  author: textField(f, "author"),
  source: textField(f, "source"),
  text: textField(f, "text"),
  file: f.get("file"),
}));

/** ImportForm's preview(form): splits the essay into passages for the instructor to check. Stores nothing. */
export const previewEssayAction = instructorAction({ form: essayForm }, async ({ form }) => {
  const checked = decodeEssayBytes(await bytesFrom(form));
  if (!checked.ok) throw new AppError("INVALID", checked.error, { text: checked.error });
  const paragraphs = checked.segments
    .filter((s) => s.sentence === 0)
    .map((p) => ({
      paragraph: p.paragraph,
      sentences: checked.segments.filter((s) => s.paragraph === p.paragraph && s.sentence > 0).map((s) => s.text),
    }));
  return { paragraphs };
});

/** ImportForm's save(form). */
export const importEssayAction = instructorAction({ form: essayForm }, async ({ user, form }) => {
  const { title, author, source } = form;
  const { slug } = await importEssay({ user, fields: { title, author, source }, bytes: await bytesFrom(form) });
  revalidatePath("/essays");
  redirect(`/essays/${slug}?imported=1`);
});
