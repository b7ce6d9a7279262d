/** Placeholder while a report is computed: the same layout, greyed, announced to screen readers. */
export function ReportLoading({ label, header = true }: { label: string; header?: boolean }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">{label}</span>
      {header && <div className="h-9 w-2/3 rounded bg-slate-200" />}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-24 rounded-xl bg-slate-200" />
        ))}
      </div>
      <div className="h-64 rounded-xl bg-slate-200" />
    </div>
  );
}
