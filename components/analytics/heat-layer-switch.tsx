export type HeatLayer = "wrong" | "reading";
export const LAYERS: { id: HeatLayer; label: string }[] = [
  { id: "wrong", label: "Wrong answers" },
  { id: "reading", label: "Reading time" },
];

/**
 * Which figure shades the report's one drawing of the essay. Native radio buttons: arrow keys move between them, a
 * screen reader announces the group. `#heat-layer-reading` (a link from "Where attention went") picks reading time.
 */
export function HeatLayerSwitch({ layer, onChange }: { layer: HeatLayer; onChange: (l: HeatLayer) => void }) {
  return (
    <fieldset className="mb-3">
      <legend className="text-sm font-medium text-slate-800">Shade the essay by</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {LAYERS.map((l) => (
          <label
            key={l.id}
            className="flex min-h-10 cursor-pointer scroll-mt-28 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="heat-layer"
              id={`heat-layer-${l.id}`}
              value={l.id}
              checked={layer === l.id}
              onChange={() => onChange(l.id)}
              className="h-4 w-4 scroll-mt-28 accent-brand-600"
            />
            <span className="text-sm font-medium">{l.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
