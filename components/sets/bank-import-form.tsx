"use client";
// Import a question bank: choose a file, read the preview (questions, citations, warnings, what was left out,
// where the readings go), choose where to put it, confirm. The file is held here and sent again on
// confirmation with the preview's digest, so the server saves exactly what was shown. Files go to a route
// handler (/api/sets/import), not a server action, whose bodies Next caps at 1 MB.
import { useAppRouter } from "@/components/ui/nav-progress";
import { useState, useTransition } from "react";
import type { BankPreview } from "@/lib/interop/bank/bank-preview";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "@/lib/interop/upload-limit";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FileInput, Select } from "../ui/input";
import { BankPreviewView } from "./bank-preview-view";
import { sendBankFile, type SendPhase } from "./send-bank-file";

type Props = { sets: { id: string; title: string }[] };

export function BankImportForm({ sets }: Props) {
  const router = useAppRouter();
  const [file, setFile] = useState<File | null>(null);
  const [shown, setShown] = useState<BankPreview | null>(null);
  const [dest, setDest] = useState<"new" | "existing">("new");
  const [title, setTitle] = useState("");
  const [setId, setSetId] = useState(sets[0]?.id ?? "");
  const [error, setError] = useState<{ message: string; fieldErrors?: Record<string, string> } | null>(null);
  const [phase, setPhase] = useState<(SendPhase & { step: "preview" | "save" }) | null>(null);
  const [navigating, start] = useTransition();
  const pending = phase !== null || navigating;

  const send = async (step: "preview" | "save") => {
    if (!file) return setError({ message: "Choose a question-bank file to import.", fieldErrors: { file: "x" } });
    // The server refuses it too, but only after the browser has sent it all.
    if (file.size > MAX_UPLOAD_BYTES)
      return setError({ message: tooLargeMessage(file.size), fieldErrors: { file: "x" } });
    const track = (p: SendPhase) => setPhase({ ...p, step });
    setError(null);
    if (step === "preview") {
      const r = await sendBankFile<{ preview: BankPreview }>(file, { step }, track);
      setPhase(null);
      setShown(r.ok ? r.preview : null);
      setError(r.ok ? null : r);
      if (r.ok && !title) setTitle(file.name.replace(/\.(zip|xml|txt|gift)$/gi, "").replace(/[-_]+/g, " "));
      return;
    }
    const where: Record<string, string> = dest === "new" ? { title } : { setId };
    const r = await sendBankFile<{ setId: string }>(
      file,
      { step, digest: shown?.digest ?? "", destination: dest, ...where },
      track,
    );
    setPhase(null);
    if (r.ok) start(() => router.push(`/sets/${r.setId}`));
    else setError(r);
  };
  // One live region per form, always there, so screen readers announce each state as its text changes.
  const progress = (step: "preview" | "save") => (
    <p role="status" className="text-sm text-slate-700">
      {phase?.step !== step
        ? ""
        : phase.phase === "uploading"
          ? `Uploading ${file?.name ?? "the file"}… ${phase.percent}%`
          : step === "preview"
            ? "Reading the questions…"
            : "Saving the questions…"}
    </p>
  );
  const fe = error?.fieldErrors ?? {};
  const fileError = error && (fe.file || !shown) ? error.message : undefined;

  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        noValidate
        onSubmit={(e) => (e.preventDefault(), void send("preview"))}
      >
        <div>
          <label htmlFor="bank-file" className="mb-1 block text-sm font-medium text-slate-800">
            Question-bank file (QTI .zip or .xml, Moodle .xml, GIFT or Aiken .txt; up to{" "}
            {MAX_UPLOAD_BYTES / 1024 / 1024} MB)
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
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Button type="submit" variant={shown ? "secondary" : "primary"} disabled={pending}>
            {phase?.step === "preview"
              ? phase.phase === "uploading"
                ? "Uploading…"
                : "Reading…"
              : "Preview questions"}
          </Button>
          {progress("preview")}
        </div>
      </form>

      {shown && (
        <>
          <BankPreviewView preview={shown} />
          <form
            aria-labelledby="confirm-heading"
            className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
            noValidate
            onSubmit={(e) => (e.preventDefault(), void send("save"))}
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
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <Button type="submit" disabled={pending || !shown.questions.some((q) => q.importable)}>
                {phase?.step === "save" || navigating
                  ? "Importing…"
                  : `Import ${shown.questions.filter((q) => q.importable).length} questions`}
              </Button>
              {progress("save")}
            </div>
          </form>
        </>
      )}
    </div>
  );
}
