// Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html).

/** One event; `data` is JSON on a single line, so no line of it can end the event early. */
export function sseMessage(id: string, type: string, data: unknown): string {
  return `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps proxies and load balancers from closing an idle stream. */
export const SSE_HEARTBEAT = ": heartbeat\n\n";

/** How long a browser waits before reconnecting after the stream drops. */
export const SSE_RETRY = "retry: 2000\n\n";

export type ParsedSse = { id?: string; event?: string; data: string };

/** Incremental parser for clients without EventSource (tests, the benchmark). Feed text; get whole events. */
export function sseParser(onEvent: (e: ParsedSse) => void) {
  let buf = "";
  return (chunk: string) => {
    buf += chunk;
    let end: number;
    while ((end = buf.indexOf("\n\n")) >= 0) {
      const block = buf.slice(0, end);
      buf = buf.slice(end + 2);
      const e: ParsedSse = { data: "" };
      let hasData = false;
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        const i = line.indexOf(":");
        const field = i < 0 ? line : line.slice(0, i);
        const value = i < 0 ? "" : line.slice(i + 1).replace(/^ /, "");
        if (field === "id") e.id = value;
        else if (field === "event") e.event = value;
        else if (field === "data") {
          e.data += (hasData ? "\n" : "") + value;
          hasData = true;
        }
      }
      if (hasData) onEvent(e);
    }
  };
}
