/** Shown while a discussion or debate page loads: the two-panel shape, so nothing jumps when it arrives. */
export function DiscussionSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="animate-pulse">
      <div className="mb-2 h-4 w-48 rounded bg-slate-200" />
      <div className="mb-6 h-7 w-3/4 rounded bg-slate-200" />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <div className="h-96 rounded-xl border border-slate-200 bg-white" />
        <div className="space-y-3">
          <div className="h-6 w-32 rounded bg-slate-200" />
          <div className="h-28 rounded-xl bg-slate-200" />
          <div className="h-28 rounded-xl bg-slate-200" />
        </div>
      </div>
      <span className="sr-only">{label}</span>
    </div>
  );
}
