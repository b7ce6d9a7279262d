import "server-only";

/**
 * An attempt's maximum score, as SQL over the attempt row aliased `a`: the points of the questions that count
 * (lib/live/played-questions.ts states the rule): all of the set's questions, or for a live assignment those up
 * to the furthest question one of its sessions reached, so a session ended after 2 of 17 questions is scored
 * out of those 2.
 */
export const SCORED_MAX_SQL = `(
  SELECT COALESCE(SUM(q."points"), 0) FROM (
    SELECT q."points", (row_number() OVER (ORDER BY q."position", q."id") - 1)::int AS "index"
    FROM "Question" q JOIN "Assignment" s ON s."setId" = q."setId" WHERE s."id" = a."assignmentId"
  ) q
  WHERE q."index" <= COALESCE((
    SELECT max(l."currentIndex") FROM "LiveSession" l JOIN "Assignment" s ON s."id" = l."assignmentId"
    WHERE l."assignmentId" = a."assignmentId" AND s."mode" = 'LIVE'
  ), q."index")
)`;
