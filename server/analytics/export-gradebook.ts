import "server-only";
import { fileSlug, toCsv } from "@/lib/csv/write-csv";
import { roundScore } from "@/lib/grading/round-score";
import type { SessionUser } from "../auth/session";
import { findOwnedClass } from "../classes/find-owned-class";
import { loadGradebook } from "./load-gradebook";

/**
 * The class gradebook as CSV: one row per enrolled student, their name, email and score per assignment (rounded
 * as the page rounds it), "pending" while an answer waits for grading, blank when not submitted.
 */
export async function exportGradebook({ user, classId }: { user: SessionUser; classId: string }) {
  const cls = await findOwnedClass({ user, classId });
  const { assignments, students, grade } = await loadGradebook(cls.id);
  const header = ["Name", "Email", ...assignments.map((a) => `${a.title} (out of ${roundScore(a.maxScore)})`)];
  const cell = (g: ReturnType<typeof grade>) => (!g ? null : g.pending ? "pending" : roundScore(g.score));
  const rows = students.map((s) => [s.name, s.email, ...assignments.map((a) => cell(grade(s.id, a.id)))]);
  return { filename: `${fileSlug(cls.name)}-gradebook.csv`, csv: toCsv(header, rows) };
}
