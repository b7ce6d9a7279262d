// The text of a PostgreSQL NOTIFY for a live event. Payloads are limited to 8000 bytes: small events
// travel inline ("<session>:<id>:<type>:<json>", saving every instance a read), larger ones as
// "<session>:<id>" and listeners read the stored row.
export const NOTIFY_INLINE_LIMIT = 7800;

export type NotifiedEvent = {
  sessionId: string;
  id: bigint;
  row?: { id: string; sessionId: string; type: string; payload: unknown };
};

export function formatNotification(sessionId: string, id: string, type: string, data: unknown): string {
  const inline = `${sessionId}:${id}:${type}:${JSON.stringify(data)}`;
  return new TextEncoder().encode(inline).length < NOTIFY_INLINE_LIMIT ? inline : `${sessionId}:${id}`;
}

export function parseNotification(payload: string): NotifiedEvent | null {
  const m = /^([^:]+):(\d+)(?::([a-z]+):(.*))?$/s.exec(payload);
  if (!m) return null;
  const [, sessionId, id, type, json] = m as unknown as [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  const row = type && json !== undefined ? { id, sessionId, type, payload: JSON.parse(json) as unknown } : undefined;
  return { sessionId, id: BigInt(id), row };
}
