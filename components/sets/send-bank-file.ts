// Sends a question-bank file to /api/sets/import as the request body. XMLHttpRequest rather than fetch: only it
// reports upload progress, which a 20 MB file on a school's connection needs. The answer is read like every
// route's (lib/http/read-response.ts): `{ error, fieldErrors }` on failure, the route's fields on success.
import type { ActionResult } from "@/lib/actions/action-state";
import { readResponse } from "@/lib/http/read-response";

export type SendPhase = { phase: "uploading"; percent: number } | { phase: "reading" };

export function sendBankFile<T extends object>(
  file: File,
  query: Record<string, string>,
  onPhase: (p: SendPhase) => void,
): Promise<ActionResult<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/sets/import?${new URLSearchParams({ ...query, name: file.name })}`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (e) =>
      onPhase({ phase: "uploading", percent: e.lengthComputable ? Math.floor((e.loaded / e.total) * 100) : 0 });
    // Sent: the server is reading the file now.
    xhr.upload.onload = () => onPhase({ phase: "reading" });
    xhr.onload = async () => {
      const res = new Response(xhr.responseText, { status: xhr.status });
      if (xhr.status >= 200 && xhr.status < 300) return resolve({ ok: true, ...((await res.json()) as T) });
      const body = await readResponse(res);
      resolve({
        ok: false,
        message: body.error ?? `The server could not take this file (${xhr.status}). Try again.`,
        fieldErrors: body.fieldErrors,
      });
    };
    xhr.onerror = () => resolve({ ok: false, message: "The upload stopped. Check your connection and try again." });
    onPhase({ phase: "uploading", percent: 0 });
    xhr.send(file);
  });
}
