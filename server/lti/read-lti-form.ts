import "server-only";
import { LtiLaunchError } from "@/lib/lti/lti-launch-error";

const MAX_BYTES = 64 * 1024;

/** The parameters of an LTI request: the query of a GET, the form of a POST (at most 64 kB, read as it arrives). */
export async function readLtiForm(req: Request): Promise<Record<string, string>> {
  if (req.method !== "POST") return Object.fromEntries(new URL(req.url).searchParams);
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded")
    throw new LtiLaunchError("bad_request", "The LMS sent this launch in a form Passage does not read.");
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      size += r.value.byteLength;
      if (size > MAX_BYTES) {
        await reader.cancel();
        throw new LtiLaunchError("bad_request", "The LMS sent more than a launch needs.");
      }
      chunks.push(r.value);
    }
  }
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
}
