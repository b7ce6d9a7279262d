"use client";
// Upload a roster CSV to a class: read the preview (what happens to each row, errors per row), confirm, then
// hand out the invitation links of the students who had no account. Passage sends no e-mail: the links are
// shown here once (and as a CSV download) for the teacher to send.
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-state";
import type { RosterPlan, RosterRowPlan } from "@/lib/interop/roster/plan-roster";
import { MAX_ROSTER_BYTES } from "@/lib/interop/roster/roster-limits";
import { Alert } from "../ui/alert";
import { BreakableUrl } from "../ui/breakable-url";
import { FileInput } from "../ui/input";
import { Button } from "../ui/button";
import { Badge } from "../ui/card";
import { CopyButton } from "./copy-button";

type Invited = { name: string; email: string; token: string };
type Saved = { enrolled: number; invited: Invited[]; unchanged: number; skipped: number; expiresAt: string };
type Props = {
  preview: (form: FormData) => Promise<ActionResult<{ plan: RosterPlan }>>;
  confirm: (form: FormData) => Promise<ActionResult<Saved>>;
};

const FATE: Record<RosterRowPlan["status"], { label: string; tone: "green" | "brand" | "slate" | "red" }> = {
  enrol: { label: "will be enrolled", tone: "green" },
  invite: { label: "gets an invitation link", tone: "brand" },
  enrolled: { label: "already enrolled", tone: "slate" },
  invited: { label: "already invited", tone: "slate" },
  error: { label: "not imported", tone: "red" },
};

const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;

export function RosterUpload({ preview, confirm }: Props) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<RosterPlan | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // The form works only once React runs it: before that a click would submit natively and drop the chosen file.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const send = (which: "preview" | "confirm") => {
    if (!file) return setError("Choose the roster CSV file to upload.");
    if (file.size > MAX_ROSTER_BYTES)
      return setError(`This file is over ${MAX_ROSTER_BYTES / 1024} KB, the limit for a roster. Split it in two.`);
    const fd = new FormData();
    fd.set("file", file);
    start(async () => {
      if (which === "preview") {
        const r = await preview(fd);
        setPlan(r.ok ? r.plan : null);
        setSaved(null);
        setError(r.ok ? null : r.message);
      } else {
        const r = await confirm(fd);
        if (!r.ok) return setError(r.message);
        setSaved(r);
        setPlan(null);
        setError(null);
        router.refresh();
      }
    });
  };
  const link = (token: string) => `${window.location.origin}/sign-up?roster=${encodeURIComponent(token)}`;
  const download = (invited: Invited[]) => {
    const rows = [["Name", "Email", "Invitation link"], ...invited.map((i) => [i.name, i.email, link(i.token)])];
    const blob = new Blob([rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n"], { type: "text/csv" });
    const a = Object.assign(document.createElement("a"), {
      href: URL.createObjectURL(blob),
      download: "invitation-links.csv",
    });
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const changes = plan ? plan.counts.enrol + plan.counts.invite : 0;

  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        noValidate
        onSubmit={(e) => (e.preventDefault(), send("preview"))}
      >
        <div>
          <label htmlFor="roster-file" className="mb-1 block text-sm font-medium text-slate-800">
            Roster CSV file (up to {MAX_ROSTER_BYTES / 1024} KB)
          </label>
          <FileInput
            id="roster-file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-invalid={error && !plan ? true : undefined}
            aria-describedby="roster-file-hint"
            onChange={(e) => (setFile(e.target.files?.[0] ?? null), setPlan(null), setError(null))}
          />
          <p id="roster-file-hint" className="mt-1 text-sm text-slate-600">
            A header row with an e-mail column (“Email Address”, “E-mail”…) and the names (“First Name” and “Last Name”,
            or “Name”), as Google Classroom and most student information systems export; commas or semicolons.
          </p>
        </div>
        {error && !plan && <Alert tone="error">{error}</Alert>}
        <Button type="submit" variant={plan ? "secondary" : "primary"} disabled={pending || !ready}>
          {pending && !plan ? "Reading…" : "Preview roster"}
        </Button>
      </form>

      {plan && (
        <section
          aria-labelledby="roster-preview-h"
          className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        >
          <div>
            <h2 id="roster-preview-h" className="text-lg font-bold">
              Preview of {file?.name}
            </h2>
            <p className="text-sm text-slate-600">
              {plan.counts.enrol} to enrol · {plan.counts.invite} to invite · {plan.counts.enrolled} already enrolled ·{" "}
              {plan.counts.invited} already invited · {plan.counts.error} with errors. Nothing is saved yet.
            </p>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">What happens to each row of the file</caption>
              <thead className="border-b border-slate-200 text-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Row
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Student
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    What happens
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {plan.rows.map((r, i) => (
                  <tr key={`${r.row}-${i}`}>
                    <td className="py-2 pr-3 align-top tabular-nums">{r.row}</td>
                    <td className="py-2 pr-3 align-top">
                      {r.name && <span className="block font-medium">{r.name}</span>}
                      {r.email && <span className="block break-all text-slate-600">{r.email}</span>}
                    </td>
                    <td className="py-2 align-top">
                      <Badge tone={FATE[r.status].tone}>{FATE[r.status].label}</Badge>
                      {r.status === "error" && <span className="mt-1 block text-red-800">{r.message}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {plan.counts.invite > 0 && (
            <Alert tone="info">
              Passage sends no e-mail: after you confirm, you get a one-time link for each invited student, to send them
              yourself. With it they choose their own password and join this class.
            </Alert>
          )}
          {error && <Alert tone="error">{error}</Alert>}
          {changes === 0 ? (
            <Alert tone={plan.counts.enrolled + plan.counts.invited ? "success" : "warning"}>
              {plan.counts.enrolled + plan.counts.invited
                ? "Nothing to change: everyone in the file is already enrolled or invited."
                : "Nothing to import: fix the rows with errors in the file and preview it again."}
            </Alert>
          ) : (
            <Button onClick={() => send("confirm")} disabled={pending}>
              {pending
                ? "Saving…"
                : `Confirm: enrol ${plan.counts.enrol} and invite ${plan.counts.invite}` +
                  (plan.counts.error ? ` (skip ${plan.counts.error} rows with errors)` : "")}
            </Button>
          )}
        </section>
      )}

      {saved && (
        <section aria-labelledby="roster-saved-h" className="space-y-4">
          <h2 id="roster-saved-h" className="sr-only">
            Roster saved
          </h2>
          <Alert tone="success">
            Enrolled {saved.enrolled} student{saved.enrolled === 1 ? "" : "s"} and invited {saved.invited.length}.
            {saved.unchanged > 0 && ` ${saved.unchanged} were already enrolled or invited.`}
          </Alert>
          {saved.invited.length > 0 && (
            <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <h3 className="font-semibold">Invitation links: send each student their own</h3>
              <p className="text-sm text-slate-700">
                These links are shown only now (Passage keeps no copy it could show again) and work once, for 30 days.
                Download them before you leave this page.
              </p>
              <Button variant="secondary" onClick={() => download(saved.invited)}>
                Download links (CSV)
              </Button>
              <ul className="divide-y divide-slate-100" aria-label="Invitation links">
                {saved.invited.map((i) => (
                  <li key={i.email} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between">
                    <div className="min-w-0">
                      <p className="font-medium">{i.name}</p>
                      <p className="break-all text-sm text-slate-600">{i.email}</p>
                      <p className="text-xs text-slate-700">
                        <BreakableUrl url={link(i.token)} />
                      </p>
                    </div>
                    <CopyButton text={link(i.token)} label="Copy link" />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
