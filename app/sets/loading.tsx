export default function Loading() {
  return (
    <div role="status" aria-live="polite">
      <p className="text-slate-600">Loading question sets…</p>
      <div className="mt-4 grid gap-4 md:grid-cols-2" aria-hidden="true">
        {[0, 1].map((i) => (
          <div key={i} className="h-36 animate-pulse rounded-xl border border-slate-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
