import "server-only";

/** The assignment settings both the student's and the instructor's assignment pages show. */
export const assignmentSettingsSelect = {
  id: true,
  title: true,
  mode: true,
  opensAt: true,
  closesAt: true,
  attemptsAllowed: true,
  timeLimitMinutes: true,
  shuffleQuestions: true,
  shuffleChoices: true,
  revealAnswers: true,
  showPassages: true,
  onePerPage: true,
  guidedReading: true,
  trackReading: true,
} as const;
