// The preview of an uploaded bank, as the instructor reads it before confirming.
import { FORMAT_NAMES, type BankPreview } from "@/lib/interop/bank/bank-preview";
import { TYPE_LABELS } from "@/lib/questions/schema";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/card";

const fate = (f: BankPreview["stimuli"][number]["fate"]) =>
  f.kind === "matched"
    ? `matches the essay “${f.essayTitle}”`
    : f.kind === "create"
      ? "will become a new essay"
      : "cited by no question: not imported";

export function BankPreviewView({ preview: p }: { preview: BankPreview }) {
  const importable = p.questions.filter((q) => q.importable).length;
  return (
    <section
      aria-labelledby="preview-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div>
        <h2 id="preview-heading" className="text-lg font-bold">
          Preview of {p.fileName}
        </h2>
        <p className="text-sm text-slate-600">
          {FORMAT_NAMES[p.format]} · {importable} of {p.questions.length} question{p.questions.length === 1 ? "" : "s"}{" "}
          ready to import{p.unmapped.length ? ` · ${p.unmapped.length} left out` : ""}. Nothing is saved yet.
        </p>
      </div>
      {p.warnings.map((w, i) => (
        <Alert key={i} tone="warning">
          {w}
        </Alert>
      ))}
      {p.stimuli.length > 0 && (
        <div>
          <h3 className="font-semibold">Readings in the file</h3>
          <ul className="list-disc pl-5 text-sm" aria-label="Readings in the file">
            {p.stimuli.map((s, i) => (
              <li key={i}>
                “{s.title}” ({s.paragraphs} paragraphs) {fate(s.fate)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol className="space-y-3" aria-label="Questions to import">
        {p.questions.map((q, i) => (
          <li key={i} className="rounded-lg border border-slate-200 p-3">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-semibold">{i + 1}.</span>
              <Badge>{TYPE_LABELS[q.type]}</Badge>
              <span className="text-slate-600">
                {q.points} point{q.points === 1 ? "" : "s"} · {q.source}
              </span>
              {!q.importable && <Badge tone="red">not imported: no cited passage</Badge>}
            </div>
            <p className="mt-1">{q.prompt}</p>
            {q.citations.length > 0 && (
              <ul className="mt-2 space-y-1 text-sm" aria-label="Cited passages">
                {q.citations.map((c, j) => (
                  <li key={j} className="border-l-4 border-brand-200 pl-2">
                    <span className="font-semibold">{c.label}:</span> <span className="font-serif">{c.text}</span>
                  </li>
                ))}
              </ul>
            )}
            {q.warnings.length > 0 && (
              <ul className="mt-2 list-disc pl-5 text-sm text-amber-900" aria-label="Warnings">
                {q.warnings.map((w, j) => (
                  <li key={j}>{w}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {p.unmapped.length > 0 && (
        <div>
          <h3 className="font-semibold">Left out</h3>
          <ul className="list-disc pl-5 text-sm" aria-label="Left out">
            {p.unmapped.map((u, i) => (
              <li key={i}>
                <span className="font-semibold">{u.source}:</span> {u.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
