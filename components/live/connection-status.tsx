import type { Connection } from "./use-live-stream";

const text: Record<Connection, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  closed: "Disconnected",
};

export function ConnectionStatus({ connection, ended }: { connection: Connection; ended?: boolean }) {
  if (ended) return null;
  const ok = connection === "live";
  return (
    <span
      role="status"
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ${ok ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-900"}`}
    >
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${ok ? "bg-emerald-600" : "bg-amber-600"}`} />
      {text[connection]}
      {connection === "closed" && " (reload the page to reconnect)"}
    </span>
  );
}
