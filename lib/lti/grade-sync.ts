/** Where an assignment's LMS gradebook stands: per student and LMS link, the newest score queued for it. */
export type LtiGradeSync = {
  sent: number;
  waiting: { student: string; tries: number; lastError: string | null }[];
  failed: { student: string; lastError: string | null }[];
};
