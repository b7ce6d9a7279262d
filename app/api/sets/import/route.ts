import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "@/lib/interop/upload-limit";
import { requireInstructor } from "@/server/auth/session";
import { refuseNul } from "@/server/http/action-input";
import { refuseNonUpload } from "@/server/http/refuse-cross-site";
import { parseInput, readBytes, route } from "@/server/http/route-handler";
import { importQuestionBank } from "@/server/question-sets/import-question-bank";
import { planBankImport } from "@/server/question-sets/plan-bank-import";

// A question bank is uploaded here, not through a server action: those take at most 1 MB (Next's limit is one
// setting for every action), and a QTI package with images or a large Moodle export is bigger. The body is the
// file itself; what to do with it is in the query. The same file is sent twice: `?step=preview` stores nothing,
// `?step=save` saves it if it is still the file previewed (`digest`), so what is saved is what was shown.

const fileTooLarge = () => new AppError("TOO_LARGE", tooLargeMessage(), { file: "The file is too large." });

const name = z.string().trim().max(200).catch("upload");
const step = z.enum(["preview", "save"], "Say whether to preview or save the file (?step=preview or ?step=save).");
const saveQuery = z
  .object({ name, digest: z.string().regex(/^[0-9a-f]{64}$/, "Preview the file first, then import it.") })
  .and(
    z.discriminatedUnion("destination", [
      z.object({
        destination: z.literal("new"),
        title: z.string().trim().min(1, "Give the new set a title.").max(200, "Keep the title under 200 characters."),
      }),
      z.object({ destination: z.literal("existing"), setId: z.string().min(1, "Choose one of your sets.").max(64) }),
    ]),
  );

/** POST the file as application/octet-stream to /api/sets/import?step=preview&name=…, then ?step=save&…. */
export const POST = route(async (req) => {
  const user = await requireInstructor();
  const params = Object.fromEntries(new URL(req.url).searchParams);
  refuseNul(params);
  const save = parseInput(step, params.step ?? "preview") === "save" ? parseInput(saveQuery, params) : null;
  refuseNonUpload(req.headers.get("content-type"));
  const bytes = new Uint8Array(await readBytes(req, MAX_UPLOAD_BYTES, fileTooLarge));
  if (bytes.length === 0)
    throw new AppError("INVALID", "This file is empty. Choose a question-bank file to import.", { file: "Empty." });
  const fileName = name.parse(params.name) || "upload";
  if (!save) return Response.json({ preview: (await planBankImport({ user, bytes, name: fileName })).preview });
  const saved = await importQuestionBank({
    user,
    bytes,
    name: fileName,
    digest: save.digest,
    destination:
      save.destination === "new" ? { kind: "new", title: save.title } : { kind: "existing", setId: save.setId },
  });
  revalidatePath("/sets");
  return Response.json(saved, { status: 201 });
});
