"use client";
// Import a question bank: choose a file, read the preview (questions, citations, warnings, what was left out,
// where the readings go), choose where to put it, confirm. The file is held here and sent again on
// confirmation with the preview's digest, so the server saves exactly what was shown.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-state";
import type { BankPreview } from "@/lib/interop/bank/bank-preview";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FileInput, Select } from "../ui/input";
import { BankPreviewView } from "./bank-preview-view";

type Props = {
  sets: { id: string; title: string }[];
  preview: (form: FormData) => Promise<ActionResult<{ preview: BankPreview }>>;
  save: (form: FormData) => Promise<ActionResult<{ setId: string; questions: number }>>;
};
// Server actions refuse bodies over 1 MB (Next answers with its error page), so larger files are refused here.
const TRANSPORT_LIMIT = 1024 * 1024;

export function BankImportForm({ sets, preview, save }: Props) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [shown, setShown] = useState<BankPreview | null>(null);
  const [dest, setDest] = useState<"new" | "existing">("new");
  const [title, setTitle] = useState("");
  const [setId, setSetId] = useState(sets[0]?.id ?? "");
  const [error, setError] = useState<{ message: string; fieldErrors?: Record<string, string> } | null>(null);
  const [pending, start] = useTransition();

  const send = (which: "preview" | "save") => {
    if (!file) return setError({ message: "Choose a question-bank file to import.", fieldErrors: { file: "x" } });
    if (file.size > TRANSPORT_LIMIT)
      return setError({
        message: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit here is 1 MB. Export fewer questions at a time.`,
        fieldErrors: { file: "x" },
      });
    const fd = new FormData();
    fd.set("file", file);
    fd.set("destination", dest);
    fd.set("title", title);
    fd.set("setId", setId);
    fd.set("digest", shown?.digest ?? "");
    start(async () => {
      if (which === "preview") {
        const r = await preview(fd);
        setShown(r.ok ? r.preview : null);
        setError(r.ok ? null : r);
        if (r.ok && !title) setTitle(file.name.replace(/\.(zip|xml|txt|gift)$/gi, "").replace(/[-_]+/g, " "));
      } else {
        const r = await save(fd);
        if (r.ok) router.push(`/sets/${r.setId}`);
        else setError(r);
      }
    });
  };
  const fe = error?.fieldErrors ?? {};
  const fileError = error && (fe.file || !shown) ? error.message : undefined;

  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        noValidate
        onSubmit={(e) => (e.preventDefault(), send("preview"))}
      >
        <div>
          <label htmlFor="bank-file" className="mb-1 block text-sm font-medium text-slate-800">
            Question-bank file (QTI .zip or .xml, Moodle .xml, GIFT or Aiken .txt; up to 1 MB)
          </label>
          <FileInput
            id="bank-file"
            accept=".zip,.xml,.txt,.gift,application/zip,application/xml,text/xml,text/plain"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "bank-error" : undefined}
            onChange={(e) => (setFile(e.target.files?.[0] ?? null), setShown(null), setError(null))}
          />
        </div>
        {fileError && (
          <div id="bank-error">
            <Alert tone="error">{fileError}</Alert>
          </div>
        )}
        <Button type="submit" variant={shown ? "secondary" : "primary"} disabled={pending}>
          {pending && !shown ? "Reading…" : "Preview questions"}
        </Button>
      </form>

      {shown && (
        <>
          <BankPreviewView preview={shown} />
          <form
            aria-labelledby="confirm-heading"
            className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
            noValidate
            onSubmit={(e) => (e.preventDefault(), send("save"))}
          >
            <h2 id="confirm-heading" className="text-lg font-bold">
              Where to put them
            </h2>
            <fieldset className="space-y-2">
              <legend className="sr-only">Destination</legend>
              {(["new", "existing"] as const).map((d) => (
                <label key={d} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="destination"
                    checked={dest === d}
                    disabled={d === "existing" && sets.length === 0}
                    onChange={() => setDest(d)}
                    className="h-4 w-4 accent-brand-600"
                  />
                  {d === "new" ? "A new set" : "Add to one of your sets"}
                </label>
              ))}
            </fieldset>
            {dest === "new" ? (
              <Field
                label="Title of the new set"
                name="title"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                error={fe.title}
              />
            ) : (
              <div className="space-y-1">
                <label htmlFor="bank-set" className="block text-sm font-medium text-slate-800">
                  Your set
                </label>
                <Select id="bank-set" value={setId} onChange={(e) => setSetId(e.target.value)}>
                  {sets.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title}
                    </option>
                  ))}
                </Select>
              </div>
            )}
            {error && !fileError && <Alert tone="error">{error.message}</Alert>}
            <Button type="submit" disabled={pending || !shown.questions.some((q) => q.importable)}>
              {pending ? "Importing…" : `Import ${shown.questions.filter((q) => q.importable).length} questions`}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
