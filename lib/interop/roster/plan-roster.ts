// What confirming a roster would do, row by row: pure, so the preview and the confirmation (which plans again
// inside its transaction) agree, and it is unit-tested without a database.
import type { RosterResult } from "./parse-roster";

/** What is known about an address in the database: its account (if any) and this class's state for it. */
export type KnownAddress = { role: "INSTRUCTOR" | "STUDENT"; userId: string; enrolled: boolean } | null;

export type RosterRowPlan =
  | { row: number; status: "enrol" | "enrolled" | "invite" | "invited"; name: string; email: string }
  | { row: number; status: "error"; message: string; name?: string; email?: string };

export type RosterPlan = {
  rows: RosterRowPlan[];
  counts: { enrol: number; enrolled: number; invite: number; invited: number; error: number };
};

/** `accounts`: each address's account; `invited`: addresses with a usable invitation to this class already. */
export function planRoster(
  parsed: RosterResult,
  accounts: Map<string, KnownAddress>,
  invited: Set<string>,
): RosterPlan {
  const rows: RosterRowPlan[] = parsed.errors.map((e) => ({ row: e.row, status: "error", message: e.message }));
  for (const s of parsed.students) {
    const acct = accounts.get(s.email) ?? null;
    const base = { row: s.row, name: s.name, email: s.email };
    if (acct?.role === "INSTRUCTOR")
      rows.push({
        ...base,
        status: "error",
        message: `${s.email} is an instructor account; only students can be enrolled.`,
      });
    else if (acct?.enrolled) rows.push({ ...base, status: "enrolled" });
    else if (acct) rows.push({ ...base, status: "enrol" });
    else if (invited.has(s.email)) rows.push({ ...base, status: "invited" });
    else rows.push({ ...base, status: "invite" });
  }
  rows.sort((a, b) => a.row - b.row);
  const counts = { enrol: 0, enrolled: 0, invite: 0, invited: 0, error: 0 };
  for (const r of rows) counts[r.status]++;
  return { rows, counts };
}
