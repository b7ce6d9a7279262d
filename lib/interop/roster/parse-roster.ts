// A class roster from CSV: Google Classroom ("Last Name","First Name","Email Address"), common SIS exports
// ("Student Name", "Given Name"/"Family Name", "E-mail") or a bare list. Headers are matched loosely; each
// row that cannot become a student gets its own error and the rest still import.
import Papa from "papaparse";
import { z } from "zod";

export type RosterStudent = { name: string; email: string; row: number };
export type RosterResult = { students: RosterStudent[]; errors: { row: number; message: string }[] };

const key = (h: string) => h.toLowerCase().replace(/[^a-z]/g, "");
const HEADERS = {
  email: [
    "email",
    "emailaddress",
    "studentemail",
    "mail",
    "primaryemail",
    "schoolemail",
    "emailaddr",
    "studentemailaddress",
  ],
  first: ["firstname", "givenname", "first", "forename", "studentfirstname", "preferredfirstname"],
  last: ["lastname", "familyname", "surname", "last", "studentlastname"],
  full: ["name", "fullname", "studentname", "displayname", "student"],
};
const email = z.string().trim().toLowerCase().max(254).email();

export function parseRoster(csv: string): RosterResult {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const rows = parsed.data;
  const errors: RosterResult["errors"] = [];
  if (!rows.length) return { students: [], errors: [{ row: 0, message: "The file is empty." }] };
  const header = rows[0]!.map(key);
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  let c = { email: col(HEADERS.email), first: col(HEADERS.first), last: col(HEADERS.last), full: col(HEADERS.full) };
  let body = rows.slice(1);
  let offset = 2;
  if (c.email < 0) {
    // No header: a bare "name,email" or "email" list. Find the column that holds e-mails.
    const at = rows[0]!.findIndex((v) => email.safeParse(v).success);
    if (at < 0)
      return { students: [], errors: [{ row: 1, message: "No e-mail column: add a header such as “Email Address”." }] };
    c = { email: at, first: -1, last: -1, full: rows[0]!.findIndex((_, i) => i !== at) };
    body = rows;
    offset = 1;
  }
  const students: RosterStudent[] = [];
  const seen = new Set<string>();
  body.forEach((r, i) => {
    const row = i + offset;
    // Without a header, rows of a bare list may differ in shape: take the e-mail from wherever it is.
    const at = offset === 1 ? r.findIndex((v) => email.safeParse(v).success) : -1;
    const cols = at >= 0 ? { ...c, email: at, full: r.findIndex((_, j) => j !== at) } : c;
    const get = (n: number) => (n >= 0 ? (r[n] ?? "").trim() : "");
    const e = email.safeParse(get(cols.email));
    if (!get(cols.email)) return void errors.push({ row, message: "No e-mail address." });
    if (!e.success) return void errors.push({ row, message: `“${get(cols.email)}” is not an e-mail address.` });
    if (seen.has(e.data)) return void errors.push({ row, message: `${e.data} appears twice; the first row is kept.` });
    seen.add(e.data);
    let name = [get(c.first), get(c.last)].filter(Boolean).join(" ") || get(cols.full);
    // "Last, First" in a single name column, as many SIS exports write it.
    const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
    if (comma && c.first < 0) name = `${comma[2]} ${comma[1]}`;
    // A file with a name column must fill it; a bare list of addresses has none to fill.
    const hasNameColumn = offset === 2 && (c.first >= 0 || c.last >= 0 || c.full >= 0);
    if (!name && hasNameColumn) return void errors.push({ row, message: `No name for ${e.data}.` });
    if (!name) name = e.data.split("@")[0]!;
    if (name.length > 100) return void errors.push({ row, message: "The name is over 100 characters." });
    students.push({ name, email: e.data, row });
  });
  for (const err of parsed.errors) if (err.row !== undefined) errors.push({ row: err.row + 1, message: err.message });
  return { students, errors: errors.sort((a, b) => a.row - b.row) };
}
