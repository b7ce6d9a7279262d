import type { FormState } from "@/components/classes/form-state";
import { formArg, refuseNul } from "@/server/http/action-input";
import type { z } from "zod";

/** The assignment form's fields as the settings schemas expect them (create adds setId and mode). */
export function assignmentSettingsFrom(raw: unknown) {
  refuseNul(raw);
  const f = formArg(raw);
  const on = (k: string) => f.get(k) === "on";
  return {
    title: f.get("title") ?? "",
    opensAt: f.get("opensAt") ?? "",
    closesAt: f.get("closesAt") ?? "",
    attemptsAllowed: f.get("attemptsAllowed") ?? "1",
    timeLimitMinutes: f.get("timeLimitMinutes") ?? "",
    shuffleQuestions: on("shuffleQuestions"),
    shuffleChoices: on("shuffleChoices"),
    revealAnswers: f.get("revealAnswers") ?? "",
    peersAfterAnswer: on("peersAfterAnswer"),
    anonymous: on("anonymous"),
    setId: f.get("setId") ?? "",
    mode: f.get("mode") ?? "SELF_PACED",
  };
}

/** A schema's issues as the form's per-field errors (the first per field). */
export function fieldErrors(err: z.ZodError): FormState {
  const fe: Record<string, string> = {};
  for (const i of err.issues) fe[String(i.path[0] ?? "_")] ??= i.message;
  return { ok: false, message: "Check the highlighted fields.", fieldErrors: fe };
}
