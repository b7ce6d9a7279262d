// Fixture data and the expectation table for e2e/authz-matrix.spec.ts. Every page and route handler of
// the app has exactly one entry here (the spec checks that against the file tree), with what each role
// must get. Expectations follow what is correct, not what happens to be implemented: a student of another
// class, or an instructor of another class, never gets `ok` on anything class-specific.
import { randomBytes } from "node:crypto";
import { createUser, sql, type TestUser } from "./fixtures";
import { insertLtiPlatform, placeholderLms } from "./lti";

export const ROLES = ["anon", "outsider", "student", "student2", "otherInstructor", "owner"] as const;
export type Role = (typeof ROLES)[number];
/** ok: 2xx. signin: redirect to /sign-in (pages) or 401 (APIs). notfound: 404. forbidden: 403/404 or the
 *  page's "instructors only" redirect to the dashboard. refused: any 4xx. away: a redirect elsewhere. */
export type Outcome = "ok" | "signin" | "notfound" | "forbidden" | "refused" | "away";

const uid = (p: string) => `${p}_${randomBytes(6).toString("hex")}`;

export type Fixture = Awaited<ReturnType<typeof seedAuthzFixture>>;

export async function seedAuthzFixture() {
  const tag = randomBytes(5).toString("hex");
  const markers = {
    key: `KEY-MARKER-${tag}`,
    explanation: `EXPL-MARKER-${tag}`,
    answer: `ANSWER-MARKER-${tag}`,
    classData: `CLASS-MARKER-${tag}`,
  };
  const users = {
    owner: await createUser("INSTRUCTOR"),
    otherInstructor: await createUser("INSTRUCTOR"),
    student: await createUser("STUDENT"),
    student2: await createUser("STUDENT"),
    outsider: await createUser("STUDENT"),
  } satisfies Record<Exclude<Role, "anon">, TestUser>;
  // The owner is also an admin (instructor invitations), so the admin-only rows have a positive control.
  await sql(`UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [users.owner.id]);
  const insertClass = async (instructorId: string) => {
    const id = uid("cls");
    const joinCode = randomBytes(4).toString("hex").toUpperCase().slice(0, 6);
    await sql(`INSERT INTO "Class" (id, name, "joinCode", "instructorId") VALUES ($1, 'Authz class', $2, $3)`, [
      id,
      joinCode,
      instructorId,
    ]);
    return { id, joinCode };
  };
  const classA = await insertClass(users.owner.id);
  const classB = await insertClass(users.otherInstructor.id);
  const enroll = (classId: string, userId: string) =>
    sql(`INSERT INTO "Enrollment" (id, "classId", "userId") VALUES ($1, $2, $3)`, [uid("enr"), classId, userId]);
  await enroll(classA.id, users.student.id);
  await enroll(classA.id, users.student2.id);
  await enroll(classB.id, users.outsider.id);

  const setId = uid("set");
  await sql(`INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ($1, 'Authz set', $2, now())`, [
    setId,
    users.owner.id,
  ]);
  const [essay] = await sql<{ id: string }>(`SELECT id FROM "Essay" WHERE slug = 'moscows-geopolitical-gamble'`);
  await sql(`INSERT INTO "QuestionSetEssay" ("setId", "essayId") VALUES ($1, $2)`, [setId, essay!.id]);
  const [passage] = await sql<{ id: string }>(
    `SELECT id FROM "Passage" WHERE "essayId" = $1 AND paragraph = 1 AND sentence = 1`,
    [essay!.id],
  );
  const questions = [
    {
      type: "SINGLE_CHOICE",
      prompt: "What did Russia do?",
      content: {
        choices: [
          { id: "c1", text: "Recognised them" },
          { id: "c2", text: "Sanctioned them" },
        ],
      },
      key: { correct: "c1" },
      rubric: null,
    },
    {
      type: "SHORT_ANSWER",
      prompt: "Why might Moscow do it?",
      content: {},
      key: { modelAnswer: `${markers.key} model answer`, keywords: [markers.key.toLowerCase()] },
      rubric: `${markers.key} rubric`,
    },
    {
      type: "DEBATE",
      prompt: "Does it help Moscow?",
      content: {
        stances: [
          { id: "yes", text: "It helps" },
          { id: "no", text: "It backfires" },
        ],
        minCitations: 1,
      },
      key: {},
      rubric: `${markers.key} debate rubric`,
    },
  ];
  const [choiceQ, shortQ, debateQ] = [uid("q"), uid("q"), uid("q")];
  for (const [i, q] of questions.entries()) {
    await sql(
      `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", explanation, points, rubric, "updatedAt") VALUES ($1, $2, $3, $4::"QuestionType", $5, $6, $7, $8, 1, $9, now())`,
      [
        [choiceQ, shortQ, debateQ][i],
        setId,
        i,
        q.type,
        q.prompt,
        JSON.stringify(q.content),
        JSON.stringify(q.key),
        `${markers.explanation} because`,
        q.rubric,
      ],
    );
    await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [
      [choiceQ, shortQ, debateQ][i],
      passage!.id,
    ]);
  }
  // AFTER_CLOSE and closing next week: the key and explanation must not reach any student yet. Reading time is
  // recorded, so the tracker's route has members to accept.
  const assignmentId = uid("asg");
  await sql(
    `INSERT INTO "Assignment" (id, "classId", "setId", title, "revealAnswers", "closesAt", "trackReading") VALUES ($1, $2, $3, 'Authz check ' || $4, 'AFTER_CLOSE', now() + interval '7 days', true)`,
    [assignmentId, classA.id, setId, markers.classData],
  );
  const attemptId = uid("att");
  const responseId = uid("rsp");
  await sql(
    `INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, "submittedAt") VALUES ($1, $2, $3, 1, now())`,
    [attemptId, assignmentId, users.student.id],
  );
  await sql(
    `INSERT INTO "Response" (id, "attemptId", "questionId", answer, "updatedAt") VALUES ($1, $2, $3, $4, now())`,
    [responseId, attemptId, shortQ, JSON.stringify({ text: `${markers.answer} my answer` })],
  );
  // student2's attempt is still open, so a write by anyone else could only be stopped by the ownership check.
  const openAttemptId = uid("att");
  await sql(`INSERT INTO "Attempt" (id, "assignmentId", "studentId", number) VALUES ($1, $2, $3, 1)`, [
    openAttemptId,
    assignmentId,
    users.student2.id,
  ]);
  const postId = uid("post");
  await sql(
    `INSERT INTO "Post" (id, "assignmentId", "questionId", "authorId", "responseId", body, "updatedAt") VALUES ($1, $2, $3, $4, $5, 'A thought on the passage', now())`,
    [postId, assignmentId, shortQ, users.student.id, responseId],
  );
  const reportId = uid("rep");
  await sql(`INSERT INTO "PostReport" (id, "postId", "reporterId", reason) VALUES ($1, $2, $3, 'Off topic here')`, [
    reportId,
    postId,
    users.student2.id,
  ]);

  const liveAssignmentId = uid("asg");
  await sql(
    `INSERT INTO "Assignment" (id, "classId", "setId", title, mode) VALUES ($1, $2, $3, 'Authz live ' || $4, 'LIVE')`,
    [liveAssignmentId, classA.id, setId, markers.classData],
  );
  const sessionId = uid("live");
  await sql(`INSERT INTO "LiveSession" (id, "assignmentId", "joinCode") VALUES ($1, $2, $3)`, [
    sessionId,
    liveAssignmentId,
    randomBytes(3).toString("hex").toUpperCase(),
  ]);

  const slug = `authz-essay-${tag}`;
  const essayId = uid("ess");
  const body = "An imported essay that only its owner may read.";
  await sql(
    `INSERT INTO "Essay" (id, slug, title, body, "builtIn", "ownerId", "updatedAt") VALUES ($1, $2, 'Imported authz essay', $3, false, $4, now())`,
    [essayId, slug, body, users.owner.id],
  );
  await sql(
    `INSERT INTO "Passage" (id, "essayId", paragraph, sentence, text, start, "end") VALUES ($1, $2, 1, 1, $3, 0, $4)`,
    [uid("psg"), essayId, body, body.length],
  );

  const params: Record<string, string> = {
    classId: classA.id,
    code: classA.joinCode,
    assignmentId,
    questionId: shortQ,
    studentId: users.student.id,
    attemptId,
    sessionId,
    postId,
    reportId,
    setId,
    slug,
    deepLinkId: await insertDeepLink(users.owner.id, classA.id),
  };
  return { markers, users, params, choiceQ, shortQ, debateQ, liveAssignmentId, openAttemptId, essayId: essay!.id };
}

/** A Deep Linking request of the owner from an LMS course that is the owner's class A. */
async function insertDeepLink(ownerId: string, classId: string): Promise<string> {
  const platformId = await insertLtiPlatform(ownerId, placeholderLms());
  const contextId = uid("ltic");
  await sql(
    `INSERT INTO "LtiContext" (id, "platformId", "deploymentId", "contextId", title, "classId") VALUES ($1, $2, 'd1', $1, 'Course', $3)`,
    [contextId, platformId, classId],
  );
  const id = uid("ltidl");
  await sql(
    `INSERT INTO "LtiDeepLink" (id, "platformId", "contextId", "deploymentId", "userId", "returnUrl", "expiresAt")
     VALUES ($1, $2, $3, 'd1', $4, 'https://lms.example/return', now() + interval '1 day')`,
    [id, platformId, contextId, ownerId],
  );
  return id;
}

/** A one-question GIFT bank citing a built-in passage: what the import page uploads (as the raw body). */
export const BANK_FILE = Buffer.from(
  `::Q1::[html]<p>Russia recognised them.</p><blockquote cite\\="P.moscows-geopolitical-gamble.p1-s1"><p>x</p></blockquote>{TRUE}\n`,
);

type Row = {
  /** GET for pages and downloads; mutating API routes use their real method with a minimal plausible body. */
  method?: "GET" | "POST" | "PUT";
  body?: (f: Fixture) => unknown;
  /** Overrides of the route params taken from the fixture (by param name). */
  params?: (f: Fixture) => Record<string, string>;
  stream?: boolean;
  /** Text of a 200 page that refuses access without showing anything of the class (counted as forbidden). */
  refusal?: string;
  /** Positive controls: markers that must be in this role's body, so the leak checks can fail. */
  shows?: Partial<Record<Role, ("key" | "explanation" | "answer" | "classData")[]>>;
  expect: Record<Role, Outcome>;
};

const o = (
  anon: Outcome,
  outsider: Outcome,
  student: Outcome,
  student2: Outcome,
  otherInstructor: Outcome,
  owner: Outcome,
): Record<Role, Outcome> => ({ anon, outsider, student, student2, otherInstructor, owner });

/** Pages any signed-in user may open; anonymous visitors are sent to sign in. */
const signedIn = o("signin", "ok", "ok", "ok", "ok", "ok");
/** Pages/APIs of class A for its members and instructor only. */
const classMembers = o("signin", "notfound", "ok", "ok", "notfound", "ok");
/** Pages for the owning instructor only (students bounced to the dashboard, other instructors 404). */
const ownerPage = o("signin", "forbidden", "forbidden", "forbidden", "notfound", "ok");
/** Instructor-only APIs: 401 / 403 for students / 404 for another instructor. */
const ownerApi = o("signin", "forbidden", "forbidden", "forbidden", "notfound", "ok");

export const MATRIX: Record<string, Row> = {
  "/": { expect: o("ok", "ok", "ok", "ok", "ok", "ok") },
  "/sign-in": { expect: o("ok", "ok", "ok", "ok", "ok", "ok") },
  "/sign-up": { expect: o("ok", "ok", "ok", "ok", "ok", "ok") },
  "/dashboard": { expect: signedIn },
  // Admins only (the owner is one): students and other instructors are sent to their dashboard.
  "/admin/invites": { expect: o("signin", "forbidden", "forbidden", "forbidden", "forbidden", "ok") },
  "/classes": { expect: signedIn },
  "/classes/[classId]": { expect: classMembers, shows: { student: ["classData"], owner: ["classData"] } },
  "/classes/[classId]/assignments/new": { expect: ownerPage },
  "/classes/[classId]/roster": { expect: ownerPage },
  "/classes/[classId]/report": { expect: ownerPage },
  "/classes/[classId]/gradebook.csv": { expect: ownerApi },
  "/join": { expect: signedIn },
  "/join/[code]": { expect: signedIn },
  "/assignments/[assignmentId]": {
    expect: classMembers,
    shows: { student: ["answer", "classData"], student2: ["classData"] },
  },
  // Students who have submitted (and instructors) are sent on to the assignment page.
  "/assignments/[assignmentId]/take": { expect: o("signin", "notfound", "ok", "ok", "notfound", "ok") },
  "/assignments/[assignmentId]/grade": { expect: ownerPage, shows: { owner: ["key", "answer"] } },
  "/assignments/[assignmentId]/moderation": { expect: ownerPage },
  "/assignments/[assignmentId]/edit": { expect: ownerPage },
  "/assignments/[assignmentId]/report": { expect: ownerPage },
  "/assignments/[assignmentId]/report/students/[studentId]": { expect: ownerPage, shows: { owner: ["key", "answer"] } },
  "/assignments/[assignmentId]/responses.csv": { expect: ownerApi, shows: { owner: ["answer"] } },
  "/assignments/[assignmentId]/live": { params: (f) => ({ assignmentId: f.liveAssignmentId }), expect: ownerPage },
  // student2 has not submitted yet, so must not see the first student's answer (checked for every ok body).
  "/assignments/[assignmentId]/questions/[questionId]/discussion": {
    expect: classMembers,
    shows: { student: ["answer"], owner: ["answer"] },
  },
  "/assignments/[assignmentId]/questions/[questionId]/debate": {
    params: (f) => ({ questionId: f.debateQ }),
    expect: classMembers,
  },
  // The fixture's quiz assignment read with its set's essay; student2 has not annotated, so sees nobody's notes.
  "/assignments/[assignmentId]/read": { expect: classMembers, shows: { student: ["classData"], owner: ["classData"] } },
  // A student's own reading record; an instructor has none (404), whoever owns the class.
  "/assignments/[assignmentId]/reading-record": { expect: o("signin", "notfound", "ok", "ok", "notfound", "notfound") },
  // The reading tracker's batches (the fixture's assignment records reading): only its enrolled students.
  "/api/attention/[assignmentId]": {
    method: "POST",
    body: (f) => ({ essayId: f.essayId, clientId: `matrix-${f.markers.key.slice(-10)}`, seq: 0, ms: {} }),
    expect: o("signin", "notfound", "ok", "ok", "notfound", "notfound"),
  },
  // What the discussion loads on demand (no query: the general thread), with the page's access: student2 has
  // not submitted, so is refused what the page hides from them; every ok body is checked for leaks.
  "/api/discussion/[assignmentId]/[questionId]": {
    expect: o("signin", "notfound", "ok", "forbidden", "notfound", "ok"),
  },
  // The stamp open discussion tabs poll (counts and times only), with the same access as the page's data.
  "/api/discussion/[assignmentId]/[questionId]/stamp": {
    expect: o("signin", "notfound", "ok", "forbidden", "notfound", "ok"),
  },
  "/essays": { expect: o("ok", "ok", "ok", "ok", "ok", "ok") },
  "/essays/import": { expect: o("signin", "forbidden", "forbidden", "forbidden", "ok", "ok") },
  "/essays/[slug]": { expect: o("notfound", "notfound", "notfound", "notfound", "notfound", "ok") },
  "/essays/[slug]/drafts": { expect: ownerPage },
  "/sets": { expect: o("signin", "forbidden", "forbidden", "forbidden", "ok", "ok") },
  "/sets/[setId]": { expect: ownerPage },
  "/sets/[setId]/preview": { expect: ownerPage },
  "/sets/[setId]/export/[format]": { params: () => ({ format: "qti3" }), expect: ownerApi },
  "/sets/import": { expect: o("signin", "forbidden", "forbidden", "forbidden", "ok", "ok") },
  // The import page's upload (the file as the body; no query: a preview, which stores nothing). Any instructor may.
  "/api/sets/import": {
    method: "POST",
    body: () => BANK_FILE,
    expect: o("signin", "forbidden", "forbidden", "forbidden", "ok", "ok"),
  },
  "/live": { expect: signedIn },
  // Instructors are sent on to the presenter view, which only the owner may open.
  "/live/[sessionId]": {
    refusal: "You can’t join this session",
    expect: o("signin", "forbidden", "ok", "ok", "notfound", "ok"),
  },
  "/live/[sessionId]/present": { expect: ownerPage },
  "/api/live/[sessionId]/events": { stream: true, expect: o("signin", "forbidden", "ok", "ok", "forbidden", "ok") },
  // Students answer while the session is in the lobby: refused for members, but never accepted from others.
  "/api/live/[sessionId]/answer": {
    method: "POST",
    body: (f) => ({ questionId: f.choiceQ, answer: { choiceId: "c1" } }),
    expect: o("signin", "forbidden", "refused", "refused", "forbidden", "forbidden"),
  },
  // Runs after /answer (table order): the owner's "next" really starts the session.
  "/api/live/[sessionId]/control": {
    method: "POST",
    body: () => ({ action: "next", from: { state: "LOBBY", index: -1 } }),
    expect: ownerApi,
  },
  // student2's open attempt: only student2 may save into it (the first student tries to overwrite it).
  "/api/attempts/[attemptId]/responses/[questionId]": {
    method: "PUT",
    params: (f) => ({ attemptId: f.openAttemptId }),
    body: () => ({ answer: { text: "saved by the matrix" }, clientSeq: 999 }),
    expect: o("signin", "forbidden", "forbidden", "ok", "forbidden", "forbidden"),
  },
  // The first student's attempt, already submitted: a repeat submit by its owner is a no-op 200.
  "/api/attempts/[attemptId]/submit": {
    method: "POST",
    body: () => ({}),
    expect: o("signin", "forbidden", "ok", "forbidden", "forbidden", "forbidden"),
  },
  "/api/posts": {
    method: "POST",
    body: (f) => ({
      assignmentId: f.params.assignmentId,
      questionId: f.shortQ,
      body: "A reply from the matrix",
      citations: [],
    }),
    expect: o("signin", "forbidden", "ok", "refused", "forbidden", "ok"),
  },
  // The author cannot report their own post; student2 has not submitted, so cannot see classmates' posts yet;
  // the class's instructor may flag a post in their own class (they can moderate it anyway).
  "/api/posts/[postId]/report": {
    method: "POST",
    body: () => ({ reason: "Not about the essay" }),
    expect: o("signin", "forbidden", "refused", "forbidden", "forbidden", "ok"),
  },
  "/api/posts/[postId]/moderate": { method: "POST", body: () => ({ action: "pin" }), expect: ownerApi },
  "/api/posts/reactions": {
    method: "POST",
    body: (f) => ({ target: "post", id: f.params.postId, reaction: "agree" }),
    expect: o("signin", "forbidden", "ok", "forbidden", "forbidden", "ok"),
  },
  "/api/posts/reports/[reportId]/dismiss": { method: "POST", expect: ownerApi },
  "/admin/lti": { expect: o("signin", "forbidden", "forbidden", "forbidden", "forbidden", "ok") },
  // LTI endpoints are public by design: an LMS calls them cross-site, and the signed id_token (not a session)
  // is the proof. Without a launch's parameters every role gets the same clear refusal; the JWKS is public.
  "/api/lti/login": { expect: o("refused", "refused", "refused", "refused", "refused", "refused") },
  "/api/lti/launch": {
    method: "POST",
    body: () => ({}),
    expect: o("refused", "refused", "refused", "refused", "refused", "refused"),
  },
  "/api/lti/launch/continue": { expect: o("refused", "refused", "refused", "refused", "refused", "refused") },
  "/api/lti/jwks": { expect: o("ok", "ok", "ok", "ok", "ok", "ok") },
  // Dynamic Registration, opened by an LMS: without its openid_configuration every role gets the same refusal.
  "/api/lti/register": { expect: o("refused", "refused", "refused", "refused", "refused", "refused") },
  // Its admin half (the owner is the fixture's admin); without the LMS's parameters it says where to start.
  "/lti/register": { expect: o("signin", "forbidden", "forbidden", "forbidden", "forbidden", "ok") },
  // A teacher's Deep Linking request (made by their launch): only that teacher chooses what it adds.
  "/lti/deep-link/[deepLinkId]": { expect: ownerPage },
  // Its signed response, once answered: the fixture's is not, so even its teacher gets a 404.
  "/api/lti/deep-link/[deepLinkId]": {
    expect: o("signin", "notfound", "notfound", "notfound", "notfound", "notfound"),
  },
  // The assignment's question is not a debate: members are refused for that reason, others before it.
  "/api/posts/debate-answers": {
    method: "POST",
    body: (f) => ({
      assignmentId: f.params.assignmentId,
      questionId: f.shortQ,
      stanceId: "yes",
      text: "I think so",
      citations: [],
    }),
    expect: o("signin", "forbidden", "refused", "refused", "refused", "refused"),
  },
};

/** Server action file → exported action → the server/ function it delegates to (checked statically).
 *  `null`: the action stores nothing (preview) or is public by design (sign-up creates the account). */
export const ACTIONS: Record<string, Record<string, string | null>> = {
  "app/(auth)/sign-up/actions.ts": { signUpAction: null },
  "app/admin/invites/actions.ts": { createInviteAction: "createInvite", revokeInviteAction: "revokeInvite" },
  "app/essays/import/actions.ts": { previewEssayAction: null, importEssayAction: "importEssay" },
  "app/essays/[slug]/drafts/actions.ts": { acceptDraftAction: "acceptDraft" },
  "app/classes/actions.ts": {
    createClassAction: "createClass",
    removeStudentAction: "removeStudent",
    createAssignmentAction: "createAssignment",
    syncLtiRosterAction: "syncLtiRoster",
  },
  "app/classes/[classId]/roster/actions.ts": {
    previewRosterAction: "planRosterImport",
    importRosterAction: "importRoster",
  },
  "app/sets/actions.ts": { createSetAction: "createSet", duplicateSetAction: "duplicateSet" },
  "app/sets/[setId]/actions.ts": {
    saveQuestionAction: "saveQuestion",
    updateSetAction: "updateSet",
    deleteSetAction: "deleteSet",
    moveQuestionAction: "moveQuestion",
    deleteQuestionAction: "deleteQuestion",
  },
  "app/live/actions.ts": { joinLiveAction: "findSessionByCode" },
  "app/join/actions.ts": { joinClassAction: "joinClass" },
  "app/assignments/[assignmentId]/take/actions.ts": { startAttemptAction: "startAttempt" },
  "app/assignments/[assignmentId]/take/guided-actions.ts": {
    openGuidedSectionAction: "openGuidedSection",
    setGuidedGateAction: "setGuidedGate",
  },
  "app/assignments/[assignmentId]/live/actions.ts": { startLiveAction: "startLiveSession" },
  "app/assignments/[assignmentId]/grade/actions.ts": {
    gradeResponseAction: "gradeResponse",
    undoGradeAction: "clearGrade",
  },
  "app/assignments/[assignmentId]/read/actions.ts": {
    addAnnotationAction: "createAnnotation",
    replyToAnnotationAction: "replyToAnnotation",
    moderateAnnotationAction: "moderateAnnotation",
  },
  "app/classes/[classId]/assignments/new/actions.ts": { createReadingAssignmentAction: "createReadingAssignment" },
  "app/lti/deep-link/[deepLinkId]/actions.ts": { chooseDeepLinkAction: "answerLtiDeepLink" },
  "app/lti/register/actions.ts": { registerLtiPlatformAction: "registerLtiPlatform" },
  "app/admin/lti/actions.ts": {
    createLtiPlatformAction: "createLtiPlatform",
    setLtiPlatformEnabledAction: "setLtiPlatformEnabled",
  },
  "app/assignments/[assignmentId]/edit/actions.ts": {
    updateAssignmentAction: "updateAssignment",
    deleteAssignmentAction: "deleteAssignment",
    closeAssignmentAction: "setAssignmentOpen",
    reopenAssignmentAction: "setAssignmentOpen",
    setExtensionAction: "setExtension",
    clearExtensionAction: "clearExtension",
    setReadingTrackingAction: "setReadingTracking",
  },
};
