import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { refuseCrossSite, refuseNonJson } from "@/server/http/refuse-cross-site";
import { describeError, parseJsonText, refuseDeclaredSize, tooLarge } from "@/server/http/route-handler";

type Req = IncomingMessage & { query: Partial<Record<string, string | string[]>> };
/** Marks the end of a phase of the handler ("auth", "body", "db"…) for the Server-Timing header. */
export type Mark = (phase: string) => void;
type Handler = (req: Req, mark: Mark) => Promise<{ status?: number; body: unknown }>;

/**
 * A Pages Router API handler (pages/api/…) with the same contract as `route()`: one method, JSON in and out,
 * every failure the same JSON error with the same status. Only the autosave and the live answer use it: Next's
 * App Router route handlers turn every request and response into web streams, and on the busiest endpoints of
 * the app that doubled the server's CPU per request (`npm run bench -- saves`; README, Benchmarks).
 */
export function pagesApiRoute(method: string, handler: Handler) {
  return async (req: Req, res: ServerResponse) => {
    const started = performance.now();
    const phases: string[] = [];
    let last = started;
    const mark: Mark = (phase) => {
      const now = performance.now();
      phases.push(`${phase};dur=${(now - last).toFixed(1)}`);
      last = now;
    };
    let status = 200;
    let body: unknown;
    try {
      if (req.method !== method) {
        res.setHeader("allow", method);
        status = 405;
        body = { error: `Use ${method} for this address.`, code: "METHOD_NOT_ALLOWED" };
      } else {
        refuseCrossSite(req.method, (name) => req.headers[name] as string | undefined);
        const r = await handler(req, mark);
        status = r.status ?? 200;
        body = r.body;
      }
    } catch (e) {
      ({ status, body } = describeError(e));
    }
    if (status >= 400) await drain(req); // a success has read its body
    const json = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "cache-control": "no-store",
      "content-length": Buffer.byteLength(json),
      // Time spent in the handler (session, body, database), shown in the browser's network panel and read by
      // `npm run bench` to tell the app's own time from time spent queueing in front of it.
      "server-timing": [...phases, `app;dur=${(performance.now() - started).toFixed(1)}`].join(", "),
    });
    res.end(json);
  };
}

/** Up to this much of a body the handler did not read is read and dropped before answering (see drain). */
const DRAIN_LIMIT = 8 * 1024 * 1024;

/** The request's JSON body, read with the same limits and messages as readJson (bodyParser must be off). */
export async function readNodeJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  refuseNonJson(req.headers["content-type"]);
  refuseDeclaredSize(req.headers["content-length"], maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  // destroyOnReturn: false, so stopping early leaves the connection alive for the answer (see drain).
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return parseJsonText(Buffer.concat(chunks).toString("utf8"), maxBytes);
}

/**
 * Reads and drops what is left of a request body (up to DRAIN_LIMIT) before the answer goes out. Answering a
 * refused request (401, 413…) while the client is still uploading, and closing, makes the client see a
 * connection reset instead of the message: a flaky ECONNRESET in the hostile-input sweep's 1 MB case.
 */
async function drain(req: IncomingMessage): Promise<void> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (req.complete || (!declared && !req.headers["transfer-encoding"]) || declared > DRAIN_LIMIT) return;
  let seen = 0;
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    seen += (chunk as Buffer).length;
    if (seen > DRAIN_LIMIT) return;
  }
}

/** A dynamic segment of the URL as one string (Next gives string[] for catch-all segments). */
export const param = (req: Req, name: string): string => {
  const v = req.query[name];
  return Array.isArray(v) ? v.join("/") : (v ?? "");
};
