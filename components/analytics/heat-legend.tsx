/**
 * The colour key of a heatmap over the essay: one swatch per step, then white for passages with no figure. Shared by
 * the two layers of the report's essay (passage-heatmap.tsx): wrong answers and reading time.
 */
export function HeatLegend({
  label,
  steps,
  none,
  className = "",
}: {
  label: string;
  steps: readonly { color: string; label: string }[];
  /** what a white passage means */
  none: string;
  className?: string;
}) {
  return (
    <ul aria-label={label} className={`flex flex-wrap gap-2 text-xs ${className}`.trim()}>
      {steps.map((s) => (
        <li key={s.color} className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-4 w-6 rounded border border-slate-300"
            style={{ backgroundColor: s.color }}
          />
          {s.label}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-4 w-6 rounded border border-slate-300 bg-white" />
        {none}
      </li>
    </ul>
  );
}
