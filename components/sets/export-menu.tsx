// Download a set as a question bank for another tool: plain links to GET /sets/:id/export/:format, so an
// instructor can also script them.
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/interop/bank/export-bank";

export function ExportMenu({ setId }: { setId: string }) {
  return (
    <details className="relative">
      <summary className="inline-flex min-h-10 cursor-pointer items-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
        Export
      </summary>
      <ul
        aria-label="Export formats"
        className="absolute right-0 z-10 mt-1 w-64 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
      >
        {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
          <li key={f}>
            <a
              href={`/sets/${setId}/export/${f}`}
              download
              className="block rounded-md px-3 py-2 text-sm text-slate-800 hover:bg-slate-100"
            >
              {EXPORT_FORMATS[f].label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
