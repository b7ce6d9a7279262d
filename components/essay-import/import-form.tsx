"use client";
// Import an essay: paste or upload, see the passages it splits into, then save. State is held here (not in
// an uncontrolled form) so the chosen file survives the preview round trip.
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-state";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FileInput, TextArea } from "../ui/input";

type ImportResult = ActionResult<{ paragraphs: { paragraph: number; sentences: string[] }[] }>;
type Props = { preview: (form: FormData) => Promise<ImportResult>; save: (form: FormData) => Promise<ImportResult> };
// Server actions refuse bodies over 1 MB (Next answers with its error page): essays that large, uploaded or
// pasted, are refused here with the advice the server gives for anything over 200 kB.
const TRANSPORT_LIMIT = 1024 * 1024;

export function ImportForm({ preview, save }: Props) {
  const [fields, setFields] = useState({ title: "", author: "", source: "" });
  const [mode, setMode] = useState<"paste" | "file">("paste");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [paragraphs, setParagraphs] = useState<{ paragraph: number; sentences: string[] }[] | null>(null);
  const [error, setError] = useState<{ message: string; fieldErrors?: Record<string, string> } | null>(null);
  const [pending, start] = useTransition();
  const [action, setAction] = useState<"preview" | "save">("preview");

  const changed = () => (setParagraphs(null), setError(null));
  const formData = () => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    if (mode === "file" && file) fd.set("file", file);
    else if (mode === "paste") fd.set("text", text);
    return fd;
  };
  const run = (which: "preview" | "save") => {
    const size = mode === "file" ? (file?.size ?? 0) : new TextEncoder().encode(text).byteLength;
    if (size > TRANSPORT_LIMIT) {
      setError({
        message: `The essay is too large (${Math.ceil(size / 1024)} kB). The limit is 200 kB of text: split it into shorter readings.`,
      });
      return;
    }
    setAction(which);
    start(async () => {
      const r = await (which === "preview" ? preview : save)(formData());
      if (r.ok) {
        setParagraphs(r.paragraphs);
        setError(null);
      } else {
        setError(r);
        if (r.fieldErrors?.text) setParagraphs(null);
      }
    });
  };
  const fe = error?.fieldErrors ?? {};
  // A message about the text goes beside the text; one about a field beside that field; anything else on its own.
  const textError = error ? (fe.text ?? (fe.title || fe.author || fe.source ? undefined : error.message)) : undefined;

  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run("preview");
        }}
      >
        <Field
          label="Title"
          name="title"
          required
          value={fields.title}
          onChange={(e) => (setFields({ ...fields, title: e.target.value }), changed())}
          error={fe.title}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Author (optional)"
            name="author"
            value={fields.author}
            onChange={(e) => setFields({ ...fields, author: e.target.value })}
            error={fe.author}
          />
          <Field
            label="Source (optional)"
            name="source"
            value={fields.source}
            onChange={(e) => setFields({ ...fields, source: e.target.value })}
            error={fe.source}
            hint="Publication, website or book."
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">The essay’s text</legend>
          <div className="mt-2 flex gap-2">
            {(["paste", "file"] as const).map((m) => (
              <label
                key={m}
                className="flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="mode"
                  checked={mode === m}
                  onChange={() => (setMode(m), changed())}
                  className="h-4 w-4 accent-brand-600"
                />
                <span className="text-sm font-medium">{m === "paste" ? "Paste text" : "Upload a file"}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {mode === "paste" ? (
          <div>
            <label htmlFor="essay-text" className="mb-1 block text-sm font-medium text-slate-800">
              Essay text
            </label>
            <TextArea
              id="essay-text"
              rows={10}
              value={text}
              onChange={(e) => (setText(e.target.value), changed())}
              invalid={Boolean(textError)}
              aria-describedby={textError ? "essay-error" : undefined}
              className="font-serif"
            />
          </div>
        ) : (
          <div>
            <label htmlFor="essay-file" className="mb-1 block text-sm font-medium text-slate-800">
              Essay file (.txt or .md)
            </label>
            <FileInput
              id="essay-file"
              accept=".txt,.md,.markdown,text/plain,text/markdown"
              aria-invalid={textError ? true : undefined}
              aria-describedby={textError ? "essay-error" : undefined}
              onChange={(e) => {
                const f = e.target.files?.[0] ?? null;
                setFile(f);
                if (f && !fields.title) setFields({ ...fields, title: f.name.replace(/\.(txt|md|markdown)$/i, "") });
                changed();
              }}
            />
          </div>
        )}
        {textError && (
          <div id="essay-error">
            <Alert tone="error">{textError}</Alert>
          </div>
        )}
        {error && !textError && <Alert tone="error">{error.message}</Alert>}
        <Button type="submit" variant={paragraphs ? "secondary" : "primary"} disabled={pending}>
          {pending && action === "preview" ? "Splitting…" : "Show passages"}
        </Button>
      </form>

      {paragraphs && (
        <section
          aria-labelledby="passages-heading"
          className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        >
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <h2 id="passages-heading" className="text-lg font-bold">
                Passages
              </h2>
              <p className="text-sm text-slate-600">
                {paragraphs.length} paragraph{paragraphs.length === 1 ? "" : "s"},{" "}
                {paragraphs.reduce((n, p) => n + p.sentences.length, 0)} sentences. Check the split, then save.
              </p>
            </div>
            <Button type="button" disabled={pending} onClick={() => run("save")}>
              {pending && action === "save" ? "Saving…" : "Save essay"}
            </Button>
          </div>
          <ol className="max-h-[60vh] space-y-3 overflow-y-auto" aria-label="Paragraphs">
            {paragraphs.map((p) => (
              <li key={p.paragraph} className="grid grid-cols-[2.5rem_1fr] gap-2">
                <span className="text-right text-sm font-semibold text-slate-600">¶{p.paragraph}</span>
                <ol className="space-y-1 font-serif" aria-label={`Paragraph ${p.paragraph} sentences`}>
                  {p.sentences.map((s, i) => (
                    <li key={i} className="rounded bg-slate-50 px-2 py-1">
                      <span className="mr-2 font-sans text-xs font-semibold text-slate-600">s{i + 1}</span>
                      {s}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
