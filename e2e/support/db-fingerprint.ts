// A fingerprint of every row a test's users could have written: per table, the row count and an md5 of
// the rows' text. Comparing two fingerprints proves a refused request changed nothing (no half-written
// rows, no updated columns). Scoped to the given users' data so parallel tests cannot disturb it.
import { sql } from "./fixtures";

// Each query sees $1 = the users' ids and $2 = a LIKE pattern for accounts created during the test (sign-up).
const CLASSES = `SELECT id FROM "Class" WHERE "instructorId" = ANY($1)`;
const SETS = `SELECT id FROM "QuestionSet" WHERE "ownerId" = ANY($1)`;
const ESSAYS = `SELECT id FROM "Essay" WHERE "ownerId" = ANY($1)`;
const ASSIGNMENTS = `SELECT id FROM "Assignment" WHERE "classId" IN (${CLASSES})`;
const ATTEMPTS = `SELECT id FROM "Attempt" WHERE "studentId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`;
const QUESTIONS = `SELECT id FROM "Question" WHERE "setId" IN (${SETS})`;
const RESPONSES = `SELECT id FROM "Response" WHERE "attemptId" IN (${ATTEMPTS})`;
const POSTS = `SELECT id FROM "Post" WHERE "authorId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`;
const ANNOTATIONS = `SELECT id FROM "Annotation" WHERE "authorId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`;
const SESSIONS = `SELECT id FROM "LiveSession" WHERE "assignmentId" IN (${ASSIGNMENTS})`;

const SCOPES: Record<string, string> = {
  User: `id = ANY($1) OR email LIKE $2`,
  Class: `"instructorId" = ANY($1)`,
  Enrollment: `"userId" = ANY($1) OR "classId" IN (${CLASSES})`,
  Essay: `"ownerId" = ANY($1)`,
  Passage: `"essayId" IN (${ESSAYS})`,
  QuestionSet: `"ownerId" = ANY($1)`,
  QuestionSetEssay: `"setId" IN (${SETS})`,
  Question: `"setId" IN (${SETS})`,
  QuestionPassage: `"questionId" IN (${QUESTIONS})`,
  Assignment: `"classId" IN (${CLASSES})`,
  Attempt: `"studentId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`,
  Response: `"attemptId" IN (${ATTEMPTS})`,
  ResponseCitation: `"responseId" IN (${RESPONSES})`,
  Post: `"authorId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`,
  PostCitation: `"postId" IN (${POSTS})`,
  Reaction: `"userId" = ANY($1) OR "postId" IN (${POSTS})`,
  PostReport: `"reporterId" = ANY($1) OR "postId" IN (${POSTS})`,
  LiveSession: `"assignmentId" IN (${ASSIGNMENTS})`,
  ReadingTask: `"assignmentId" IN (${ASSIGNMENTS})`,
  Annotation: `"authorId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`,
  AnnotationReply: `"authorId" = ANY($1) OR "annotationId" IN (${ANNOTATIONS})`,
  AssignmentExtension: `"studentId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`,
  GuidedGateOff: `"studentId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`,
  ReadingVisit: `"studentId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`,
  ReadingTime: `"studentId" = ANY($1) OR "assignmentId" IN (${ASSIGNMENTS})`,
  InstructorInvite: `"createdById" = ANY($1) OR "usedById" = ANY($1)`,
  RosterInvite: `"classId" IN (${CLASSES}) OR "usedById" = ANY($1)`,
  LtiPlatform: `"createdById" = ANY($1)`,
  LtiLaunchState: `"platformId" IN (SELECT id FROM "LtiPlatform" WHERE "createdById" = ANY($1))`,
  LtiHandoff: `"userId" = ANY($1)`,
  LtiUserLink: `"userId" = ANY($1)`,
  LtiContext: `"classId" IN (${CLASSES})`,
  LtiResourceLink: `"contextId" IN (SELECT id FROM "LtiContext" WHERE "classId" IN (${CLASSES}))`,
  LtiScoreOutbox: `"attemptId" IN (${ATTEMPTS})`,
  LtiDeepLink: `"userId" = ANY($1)`,
  LtiMembership: `"userId" = ANY($1) OR "contextId" IN (SELECT id FROM "LtiContext" WHERE "classId" IN (${CLASSES}))`,
  // Presence and tally events are recomputed from the tables above and published 250 ms later (coalesced),
  // so they may land during a later request: the writes they summarise are fingerprinted where they happen.
  LiveEvent: `"sessionId" IN (${SESSIONS}) AND type NOT IN ('presence', 'tally')`,
};

/** Tables no request of a test's users writes rows that belong to them (the rate limiter's counters, the tool's
 *  own LTI signing keys). */
export const UNSCOPED = ["RateLimit", "_prisma_migrations", "LtiToolKey"];
/** Every table the fingerprint covers; a spec checks this against the database so a new table is not missed. */
export const SCOPED_TABLES = Object.keys(SCOPES);

export type Fingerprint = Record<string, string>;

/** `count:md5` per table, for the rows of `userIds` (and accounts whose email matches `newEmails`). */
export async function fingerprint(userIds: string[], newEmails = "-none-"): Promise<Fingerprint> {
  const union = Object.entries(SCOPES)
    .map(
      ([table, where]) =>
        `SELECT '${table}' AS t, count(*)::int AS n, coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)), '') AS h FROM "${table}" r WHERE ${where}`,
    )
    .join(" UNION ALL ");
  const rows = await sql<{ t: string; n: number; h: string }>(union, [userIds, newEmails]);
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h.slice(0, 8)}`]));
}

/** The tables whose rows differ between two fingerprints, e.g. ["Class 3→4"]. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(after)
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t} ${before[t]?.split(":")[0]}→${after[t]?.split(":")[0]}`);
}
