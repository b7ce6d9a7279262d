import "server-only";
import type { UpdateAssignmentInput } from "./assignment-settings-input";

/** The columns the settings fill, on create and on edit; an empty title means the set's own. */
export function settingsData(input: UpdateAssignmentInput, setTitle: string) {
  return {
    title: input.title || setTitle,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    attemptsAllowed: input.attemptsAllowed,
    timeLimitMinutes: input.timeLimitMinutes,
    shuffleQuestions: input.shuffleQuestions,
    shuffleChoices: input.shuffleChoices,
    revealAnswers: input.revealAnswers,
    peersAfterAnswer: input.peersAfterAnswer,
    anonymous: input.anonymous,
    showPassages: input.showPassages,
    onePerPage: input.onePerPage,
    guidedReading: input.guidedReading,
  };
}
