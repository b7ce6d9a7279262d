import { BOTH_SIDES_RGB, STANCE_HUES } from "@/lib/discussion/evidence-map";

/** Colour key of the evidence map: one hue per side, violet where sides cite a passage equally. */
export function EvidenceLegend({ stances }: { stances: { id: string; text: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-3 text-sm" aria-label="Evidence map legend">
      {stances.map((s, i) => (
        <li key={s.id} className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="inline-block h-4 w-6 rounded"
            style={{ backgroundColor: `rgba(${STANCE_HUES[i % STANCE_HUES.length]!.rgb}, 0.5)` }}
          />
          Cited most by “{s.text}”
        </li>
      ))}
      <li className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-block h-4 w-6 rounded"
          style={{ backgroundColor: `rgba(${BOTH_SIDES_RGB}, 0.5)` }}
        />
        Cited equally by both sides
      </li>
      <li className="text-slate-600">Darker means cited more often.</li>
    </ul>
  );
}

type Row = {
  passageId: string;
  essayTitle: string;
  label: string;
  text: string;
  counts: Record<string, number>;
  total: number;
};

/** The evidence map as a table: the same numbers as the shading, for screen readers and for reading exact counts. */
export function EvidenceTable({ stances, rows }: { stances: { id: string; text: string }[]; rows: Row[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No passages cited yet.</p>;
  return (
    // Focusable so keyboard users can scroll it sideways on a phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Evidence table, scrollable">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">Passages cited by each side</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Passage
            </th>
            {stances.map((s) => (
              <th key={s.id} scope="col" className="px-2 py-2 text-right">
                {s.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.passageId} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <span className="font-semibold">{r.label}</span>{" "}
                <span className="text-slate-600">({r.essayTitle})</span>
                <span className="block font-serif text-slate-800">
                  “{r.text.length > 140 ? `${r.text.slice(0, 140)}…` : r.text}”
                </span>
              </th>
              {stances.map((s) => (
                <td key={s.id} className="px-2 py-2 text-right tabular-nums">
                  {r.counts[s.id] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
