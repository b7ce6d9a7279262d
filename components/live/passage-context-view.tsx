import type { PassageContext } from "@/lib/live/passage-context";

/** The cited passage inside its paragraph. Once revealed it is marked more strongly, as the answer's source. */
export function PassageContextView({
  contexts,
  revealed,
  large,
}: {
  contexts: PassageContext[];
  revealed?: boolean;
  large?: boolean;
}) {
  if (contexts.length === 0) return null;
  return (
    <section aria-label="Source passage" className="space-y-3">
      {contexts.map((c) => (
        <figure
          key={c.passageId}
          className={`rounded-xl border-l-4 bg-white p-4 shadow-sm ${revealed ? "border-amber-500" : "border-brand-600"}`}
        >
          <figcaption className="mb-1 text-xs font-bold uppercase tracking-wide text-slate-600">
            {c.essayTitle} · {c.label}
            {revealed && <span className="ml-2 normal-case text-amber-900">(the answer’s source)</span>}
          </figcaption>
          <blockquote className={`font-serif leading-relaxed text-slate-800 ${large ? "text-xl" : "text-base"}`}>
            {c.before}
            <mark
              className={`rounded px-0.5 text-slate-900 ${revealed ? "bg-amber-200 font-semibold" : "bg-brand-50 underline decoration-brand-600 decoration-2 underline-offset-4"}`}
            >
              {c.highlight}
            </mark>
            {c.after}
          </blockquote>
        </figure>
      ))}
    </section>
  );
}
