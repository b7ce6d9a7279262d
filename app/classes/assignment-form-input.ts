import type { z } from "zod";
import { formInput } from "@/server/http/server-action";

/** The assignment form's fields as the settings schemas expect them (create adds setId and mode). */
function assignmentSettingsFrom(f: FormData) {
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
    showPassages: on("showPassages"),
    onePerPage: on("onePerPage"),
    guidedReading: on("guidedReading"),
    setId: f.get("setId") ?? "",
    mode: f.get("mode") ?? "SELF_PACED",
  };
}

/** The assignment form (create or edit), checked by the given settings schema. */
export const assignmentForm = <T>(schema: z.ZodType<T>) => formInput(assignmentSettingsFrom, schema);
