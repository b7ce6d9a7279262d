export default function Loading() {
  return (
    <div className="mx-auto max-w-3xl" role="status" aria-live="polite">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Draft questions</h1>
      <p className="mt-2 text-slate-600">Reading the essay and drafting questions… this takes a few seconds.</p>
      <div className="mt-6 space-y-4" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-40 animate-pulse rounded-xl border border-slate-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
