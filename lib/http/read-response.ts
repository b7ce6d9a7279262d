// A route handler's JSON answer, read in the browser. A failure is `{ error, code, fieldErrors? }` (describeError
// in server/http/route-handler.ts); a success carries the route's own fields (the autosave's `clientSeq`…).
// Read loosely: a field of the wrong kind reads as missing, and a body that is not JSON (a proxy's error page, a
// connection dropped mid-answer) as an empty one, so the caller falls back to its own message.
// Plain checks, not zod: this runs on every page that posts (discussion, quiz, live), and zod was the pages' largest
// script after React's (32 kB compressed, evaluated before the first paint on a phone; decision 0092).

export type ResponseBody = {
  [key: string]: unknown;
  error?: string;
  code?: string;
  fieldErrors?: Record<string, string>;
  /** the autosave's acknowledgement: the highest save it has applied */
  clientSeq?: number;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const stringOr = (v: unknown) => (typeof v === "string" ? v : undefined);

export async function readResponse(res: Response): Promise<ResponseBody> {
  const body: unknown = await res.json().catch(() => undefined);
  if (!isRecord(body)) return {};
  const out: ResponseBody = { ...body };
  for (const key of ["error", "code"] as const) {
    if (key in out) out[key] = stringOr(body[key]);
  }
  if ("clientSeq" in out) out.clientSeq = typeof body.clientSeq === "number" ? body.clientSeq : undefined;
  if ("fieldErrors" in out) {
    const f = body.fieldErrors;
    out.fieldErrors =
      isRecord(f) && Object.values(f).every((v) => typeof v === "string") ? (f as Record<string, string>) : undefined;
  }
  return out;
}
