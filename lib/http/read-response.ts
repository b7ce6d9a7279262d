// A route handler's JSON answer, read in the browser. A failure is `{ error, code, fieldErrors? }` (describeError
// in server/http/route-handler.ts); a success carries the route's own fields (the autosave's `clientSeq`…).
// Read loosely: a field of the wrong kind reads as missing, and a body that is not JSON (a proxy's error page, a
// connection dropped mid-answer) as an empty one, so the caller falls back to its own message.
import { z } from "zod";

const text = z.string().optional().catch(undefined);
const responseBody = z
  .looseObject({
    error: text,
    code: text,
    fieldErrors: z.record(z.string(), z.string()).optional().catch(undefined),
    /** the autosave's acknowledgement: the highest save it has applied */
    clientSeq: z.number().optional().catch(undefined),
  })
  .catch({});
export type ResponseBody = z.output<typeof responseBody>;

export async function readResponse(res: Response): Promise<ResponseBody> {
  return responseBody.parse(await res.json().catch(() => undefined));
}
