"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { decodeEssayBytes } from "@/lib/essays/validate-upload";
import { requireInstructor } from "@/server/auth/session";
import { importEssay } from "@/server/essays/import-essay";
import { expectedFailure, formArg, refuseNul, textField } from "@/server/http/action-input";

export type ImportState =
  | { ok: true; paragraphs: { paragraph: number; sentences: string[] }[] }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** The essay's bytes: the uploaded file when there is one, otherwise the pasted text. */
async function bytesFrom(form: FormData): Promise<Uint8Array> {
  const file = formArg(form).get("file");
  if (file instanceof File && file.size > 0) return new Uint8Array(await file.arrayBuffer());
  return new TextEncoder().encode(textField(form, "text"));
}

/** Splits the essay into passages for the instructor to check. Stores nothing. */
export async function previewEssayAction(form: FormData): Promise<ImportState> {
  let bytes: Uint8Array;
  try {
    await requireInstructor();
    bytes = await bytesFrom(form);
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  const checked = decodeEssayBytes(bytes);
  if (!checked.ok) return { ok: false, message: checked.error, fieldErrors: { text: checked.error } };
  const paragraphs = checked.segments
    .filter((s) => s.sentence === 0)
    .map((p) => ({ paragraph: p.paragraph, sentences: checked.segments.filter((s) => s.paragraph === p.paragraph && s.sentence > 0).map((s) => s.text) }));
  return { ok: true, paragraphs };
}

export async function importEssayAction(form: FormData): Promise<ImportState> {
  let slug: string;
  try {
    const user = await requireInstructor();
    refuseNul(formArg(form).get("title"), form.get("author"), form.get("source"));
    const fields = { title: textField(form, "title"), author: textField(form, "author"), source: textField(form, "source") };
    slug = (await importEssay({ user, fields, bytes: await bytesFrom(form) })).slug;
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  revalidatePath("/essays");
  redirect(`/essays/${slug}?imported=1`);
}
