// The one way the discussion UI talks to its route handlers: JSON in, `{ ok }` or a readable error out.
import { readResponse } from "@/lib/http/read-response";

export type PostResult =
  { ok: true; data: Record<string, unknown> } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export async function postJson(url: string, body: unknown): Promise<PostResult> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const data = await readResponse(res);
    if (res.ok) return { ok: true, data };
    return { ok: false, error: data.error ?? "Something went wrong. Try again.", fieldErrors: data.fieldErrors };
  } catch {
    return { ok: false, error: "You seem to be offline. Check your connection and try again." };
  }
}
