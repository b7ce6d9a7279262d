"use server";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors/app-error";
import { MAX_ROSTER_BYTES } from "@/lib/interop/roster/roster-limits";
import { importRoster } from "@/server/classes/import-roster";
import { planRosterImport } from "@/server/classes/plan-roster-import";
import { idSchema } from "@/server/http/action-input";
import { formInput, instructorAction } from "@/server/http/server-action";

/** The uploaded CSV as text: a non-empty UTF-8 file under the limit (a spreadsheet saved as .xlsx is refused). */
async function csvText(v: FormDataEntryValue | null): Promise<string> {
  if (!(v instanceof File) || v.size === 0)
    throw new AppError("INVALID", "Choose the roster CSV file to upload.", { file: "Choose a file." });
  if (v.size > MAX_ROSTER_BYTES)
    throw new AppError("INVALID", `This file is over ${MAX_ROSTER_BYTES / 1024} KB, the limit for a roster.`, {
      file: "The file is too large.",
    });
  const bytes = new Uint8Array(await v.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = "\u0000";
  }
  if (text.includes("\u0000"))
    throw new AppError("INVALID", "This is not a CSV text file. In your spreadsheet, save the roster as CSV (UTF-8).", {
      file: "Not a CSV file.",
    });
  return text;
}

const rosterForm = formInput((f) => ({ file: f.get("file") }));

/** RosterUpload's preview(form), bound to the class: what the file would do, row by row. Stores nothing. */
export const previewRosterAction = instructorAction(
  { args: [idSchema], form: rosterForm },
  async ({ user, args: [classId], form }) => {
    const plan = await planRosterImport({ user, classId, csv: await csvText(form.file) });
    return { plan: { rows: plan.rows, counts: plan.counts } };
  },
);

/** RosterUpload's confirm(form), bound to the class: enrols and invites, all or nothing. The invitation links are
 *  in the answer only; the database keeps their hashes. */
export const importRosterAction = instructorAction(
  { args: [idSchema], form: rosterForm },
  async ({ user, args: [classId], form }) => {
    const r = await importRoster({ user, classId, csv: await csvText(form.file) });
    revalidatePath(`/classes/${classId}`);
    return { ...r, expiresAt: r.expiresAt.toISOString() };
  },
);
