"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clearGrade } from "@/server/attempts/clear-grade";
import { gradeInput, gradeResponse } from "@/server/attempts/grade-response";
import { idSchema, textField } from "@/server/http/action-input";
import { formInput, instructorAction } from "@/server/http/server-action";

// An empty score is sent as undefined, which the schema refuses with "Enter a score." (coercing "" would give 0).
const gradeForm = formInput(
  (f) => ({ score: textField(f, "score").trim() || undefined, feedback: textField(f, "feedback") }),
  gradeInput.omit({ responseId: true }),
);

/**
 * GradeForm: gradeResponseAction.bind(null, assignmentId, responseId)(prev, form). Used by the grading queue and
 * by a student's attempt page in the report (to override an automatic score).
 */
export const gradeResponseAction = instructorAction(
  { args: [idSchema, idSchema], state: true, form: gradeForm, invalid: "first-issue" },
  async ({ user, args: [assignmentId, responseId], form }) => {
    await gradeResponse({ user, input: { responseId, ...form } });
    revalidatePath(`/assignments/${assignmentId}/grade`);
    // the report and a student's attempt page (under the report layout) show this grade and the new total
    revalidatePath("/assignments/[assignmentId]/report", "layout");
    return { message: "Grade saved." };
  },
);

/** The grade before the last save: none (the answer was ungraded), or a score and its feedback. */
const previousGrade = z.object({ score: z.number().min(0).nullable(), feedback: z.string().max(5000) });

/** GradeForm's Undo: undoGradeAction(assignmentId, responseId, previous). Puts back the grade the save replaced. */
export const undoGradeAction = instructorAction(
  { args: [idSchema, idSchema, previousGrade] },
  async ({ user, args: [assignmentId, responseId, previous] }) => {
    if (previous.score === null) await clearGrade({ user, responseId });
    else await gradeResponse({ user, input: { responseId, score: previous.score, feedback: previous.feedback } });
    revalidatePath(`/assignments/${assignmentId}/grade`);
    revalidatePath("/assignments/[assignmentId]/report", "layout");
    return { message: "Grade undone." };
  },
);
