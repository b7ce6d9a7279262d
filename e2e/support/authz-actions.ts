// The server-action half of the authorization matrix: for every action of the build, the arguments its
// client component sends (see each row's comment) and what each role must get when it calls it over HTTP.
// e2e/authz-actions.spec.ts calls them; e2e/hostile-input.spec.ts reuses `args` as the valid baseline.
import { randomBytes, randomInt } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { roleContexts } from "./authz-session";
import { seedAuthzFixture, type Fixture, type Role } from "./authz-table";
import { createUser, sql, test } from "./fixtures";
import { insertLtiPlatform, placeholderLms } from "./lti";
import type { ActionResponse } from "./server-actions";

/** ok: the action did its job (returned ok / redirected on). signin: returned "Your session has ended…".
 *  refused: returned its error state (or redirected to a page that says why). A thrown action (a 500
 *  with only a digest) is never an acceptable answer. */
export type ActionOutcome = "ok" | "signin" | "refused";

/** How an action answered, in the matrix's terms; "error" when it threw (a 500 with only a digest). */
export function classifyAction(r: ActionResponse): ActionOutcome | "error" {
  if (r.threw || r.status >= 400) return "error";
  // A refusal that has no form state to return to redirects to a page that explains it.
  if (r.redirect) return /[?&](notDuplicated|denied)=|^\/sign-in/.test(r.redirect) ? "refused" : "ok";
  const v = r.value as { ok?: boolean; message?: string } | undefined;
  if (v && (v.ok === false || (v.ok === undefined && v.message)))
    return /session has ended/i.test(v.message ?? "") ? "signin" : "refused";
  return "ok";
}

const uid = (p: string) => `${p}_${randomBytes(6).toString("hex")}`;

export type ActionFixture = Awaited<ReturnType<typeof seedActionFixture>>;

/** What the actions need beyond the page matrix's fixture: things an owner's call may consume (a student to
 *  remove, a set and a question to delete), a class to join, the response to grade, a numeric live code. */
export async function seedActionFixture(f: Fixture) {
  const extra = await createUser("STUDENT");
  await sql(`INSERT INTO "Enrollment" (id, "classId", "userId") VALUES ($1, $2, $3)`, [
    uid("enr"),
    f.params.classId,
    extra.id,
  ]);
  const joinClass = { id: uid("cls"), code: randomBytes(4).toString("hex").toUpperCase().slice(0, 6) };
  await sql(`INSERT INTO "Class" (id, name, "joinCode", "instructorId") VALUES ($1, 'Class to join', $2, $3)`, [
    joinClass.id,
    joinClass.code,
    f.users.owner.id,
  ]);
  const [passage] = await sql<{ id: string; essayId: string }>(
    `SELECT p.id, p."essayId" FROM "Passage" p JOIN "Essay" e ON e.id = p."essayId" WHERE e.slug = 'moscows-geopolitical-gamble' AND paragraph = 1 AND sentence = 1`,
  );
  const doomedSetId = uid("set");
  await sql(`INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ($1, 'Set to delete', $2, now())`, [
    doomedSetId,
    f.users.owner.id,
  ]);
  const doomedQ = uid("q");
  await sql(
    `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", points, "updatedAt") VALUES ($1, $2, 3, 'TRUE_FALSE', 'Question to delete', '{}', '{"correct":true}', 1, now())`,
    [doomedQ, f.params.setId],
  );
  await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [doomedQ, passage!.id]);
  const doomedAssignmentId = uid("asg");
  await sql(`INSERT INTO "Assignment" (id, "classId", "setId", title) VALUES ($1, $2, $3, 'Assignment to delete')`, [
    doomedAssignmentId,
    f.params.classId,
    f.params.setId,
  ]);
  const [response] = await sql<{ id: string }>(`SELECT id FROM "Response" WHERE "attemptId" = $1`, [
    f.params.attemptId,
  ]);
  // Students type six digits; the page matrix's fixture uses a hex code, which the form would refuse.
  const liveCode = String(randomInt(100000, 999999));
  // An unused invitation of the owner (an admin in the fixture) to withdraw.
  const inviteId = uid("inv");
  await sql(
    `INSERT INTO "InstructorInvite" (id, "tokenHash", "createdById", "expiresAt") VALUES ($1, $2, $3, now() + interval '1 day')`,
    [inviteId, randomBytes(32).toString("hex"), f.users.owner.id],
  );
  await sql(`UPDATE "LiveSession" SET "joinCode" = $1 WHERE id = $2`, [liveCode, f.params.sessionId]);
  // The first student's annotation on the fixture assignment's essay (first sentence), to reply to and moderate.
  const [sentence] = await sql<{ start: number; end: number; text: string }>(
    `SELECT start, "end", text FROM "Passage" WHERE id = $1`,
    [passage!.id],
  );
  const annotationId = uid("ann");
  await sql(
    `INSERT INTO "Annotation" (id, "assignmentId", "essayId", "authorId", kind, body, start, "end", exact, prefix, suffix, "passageIds", "updatedAt")
     VALUES ($1, $2, $3, $4, 'COMMENT', 'A first note', $5, $6, $7, '', '', ARRAY[$8], now())`,
    [
      annotationId,
      f.params.assignmentId,
      passage!.essayId,
      f.users.student.id,
      sentence!.start,
      sentence!.end,
      sentence!.text,
      passage!.id,
    ],
  );
  // A guided reading in the class: student2 has answered its first question (all three cite ¶1 s1, so they share
  // the first section) and may open the text below it.
  const guidedAssignmentId = uid("asg");
  await sql(
    `INSERT INTO "Assignment" (id, "classId", "setId", title, "guidedReading") VALUES ($1, $2, $3, 'Guided reading', true)`,
    [guidedAssignmentId, f.params.classId, f.params.setId],
  );
  const guidedAttemptId = uid("att");
  await sql(`INSERT INTO "Attempt" (id, "assignmentId", "studentId", number) VALUES ($1, $2, $3, 1)`, [
    guidedAttemptId,
    guidedAssignmentId,
    f.users.student2.id,
  ]);
  await sql(
    `INSERT INTO "Response" (id, "attemptId", "questionId", answer, "updatedAt") VALUES ($1, $2, $3, '{"choiceId":"c1"}', now())`,
    [uid("rsp"), guidedAttemptId, f.choiceQ],
  );
  return {
    guidedAssignmentId,
    extra,
    joinClass,
    passageId: passage!.id,
    essayId: passage!.essayId,
    doomedSetId,
    doomedQ,
    doomedAssignmentId,
    responseId: response!.id,
    liveCode,
    inviteId,
    signUpTag: randomBytes(4).toString("hex"),
    ltiPlatformId: await insertLtiPlatform(f.users.owner.id, placeholderLms()), // for the enable/disable action
    annotationId,
    sentence: sentence!,
  };
}

/** `seq` numbers repeated calls (the hostile sweep), for values that must be unique per call. */
export type ActionCtx = { f: Fixture; a: ActionFixture; role: Role; seq?: number };

/** A valid short-answer question citing the fixture's passage (the editor's and the drafter's payload). */
export const questionInput = (c: ActionCtx, prompt = "Which passage says so?") => ({
  type: "SHORT_ANSWER",
  prompt,
  content: {},
  answerKey: { modelAnswer: "The first paragraph.", keywords: [] },
  explanation: "",
  points: 1,
  rubric: null,
  passageIds: [c.a.passageId],
});

export const form = (fields: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  return fd;
};

/** A one-question GIFT bank citing the fixture's passage by anchor, as the import form sends it. */
/** A one-student roster CSV with an address new per call (so an owner's call invites someone). */
const rosterForm = (c: ActionCtx) => {
  const csv = `First Name,Last Name,Email Address\r\nNew,Student,roster-${c.role}-${c.seq ?? 0}-${c.a.signUpTag}@e2e.school\r\n`;
  const fd = new FormData();
  fd.set("file", new File([csv], "roster.csv", { type: "text/csv" }));
  return fd;
};

export type ActionRow = {
  /** The arguments the client sends, in order (bound arguments first, then useActionState's previous state and the form). */
  args: (c: ActionCtx) => unknown[];
  /** Overrides of the page URL's params (the page the action is posted to). */
  params?: (c: ActionCtx) => Record<string, string>;
  /** The text fields a person types (hostile strings go there; round-trip checked where `stored` says). */
  text?: string[];
  /** Whether an `ok` call writes rows (checked, so a silently ignored call does not pass as ok). */
  writes: boolean;
  expect: Record<Role, ActionOutcome>;
};

const o = (
  anon: ActionOutcome,
  outsider: ActionOutcome,
  student: ActionOutcome,
  student2: ActionOutcome,
  otherInstructor: ActionOutcome,
  owner: ActionOutcome,
): Record<Role, ActionOutcome> => ({ anon, outsider, student, student2, otherInstructor, owner });
const anyInstructor = o("signin", "refused", "refused", "refused", "ok", "ok");
const ownerOnly = o("signin", "refused", "refused", "refused", "refused", "ok");
/** The fixture's owner is the one admin among the roles. */
const adminOnly = ownerOnly;

// Table order is call order; within a row the owner calls last, so rows that consume something (remove a
// student, delete a set) are refused for everyone else first.
export const ACTION_MATRIX: Record<string, ActionRow> = {
  // useActionState(prev, form); public by design: a new account per call.
  "app/(auth)/sign-up/actions.ts#signUpAction": {
    args: (c) => [
      { ok: false },
      form({
        name: "New person",
        email: `new-${c.role}-${c.seq ?? 0}-${c.a.signUpTag}@e2e.school`,
        password: "a-long-password",
        role: "STUDENT",
      }),
    ],
    text: ["name"],
    writes: true,
    expect: o("ok", "ok", "ok", "ok", "ok", "ok"),
  },
  // InviteForm: useActionState(prev, form) with how many days the link stays valid.
  "app/admin/invites/actions.ts#createInviteAction": {
    args: () => [{ ok: false }, form({ days: "7" })],
    writes: true,
    expect: adminOnly,
  },
  // RevokeInviteButton: revokeInviteAction.bind(null, inviteId) under useActionState(prev).
  "app/admin/invites/actions.ts#revokeInviteAction": {
    args: (c) => [c.a.inviteId, { ok: false }],
    writes: true,
    expect: adminOnly,
  },
  // ImportForm: preview(formData) / save(formData) with title, author, source and the pasted text.
  "app/essays/import/actions.ts#previewEssayAction": {
    args: () => [
      form({ title: "", author: "", source: "", text: "A first sentence. A second one.\nAnother paragraph." }),
    ],
    text: ["text"],
    writes: false,
    expect: anyInstructor,
  },
  "app/essays/import/actions.ts#importEssayAction": {
    args: (c) => [
      form({
        title: `Imported by ${c.role}`,
        author: "An author",
        source: "",
        text: "A first sentence. A second one.\nAnother paragraph.",
      }),
    ],
    text: ["title", "author"],
    writes: true,
    expect: anyInstructor,
  },
  // DraftReview: accept(target, input), into one of the instructor's sets.
  "app/essays/[slug]/drafts/actions.ts#acceptDraftAction": {
    args: (c) => [{ setId: c.f.params.setId }, questionInput(c)],
    text: ["prompt"],
    writes: true,
    expect: ownerOnly,
  },
  "app/classes/actions.ts#createClassAction": {
    args: () => [{ ok: false }, form({ name: "A new class" })],
    text: ["name"],
    writes: true,
    expect: anyInstructor,
  },
  // RemoveStudentButton: removeStudentAction.bind(null, classId, studentId)().
  "app/classes/actions.ts#removeStudentAction": {
    args: (c) => [c.f.params.classId, c.a.extra.id],
    writes: true,
    expect: ownerOnly,
  },
  // RosterSyncButton: syncLtiRosterAction.bind(null, classId)(prev). Class A is an LMS course (the fixture's Deep
  // Linking request) whose LMS offered no roster service, so even its owner is refused, with the reason; that the
  // owner's sync works is e2e/lti-roster.spec.ts's job, with the platform peer.
  "app/classes/actions.ts#syncLtiRosterAction": {
    args: (c) => [c.f.params.classId, { ok: false }],
    writes: false,
    expect: o("signin", "refused", "refused", "refused", "refused", "refused"),
  },
  // RosterUpload: previewRosterAction.bind(null, classId)(form) and importRosterAction likewise, with the CSV file.
  "app/classes/[classId]/roster/actions.ts#previewRosterAction": {
    args: (c) => [c.f.params.classId, rosterForm(c)],
    writes: false,
    expect: ownerOnly,
  },
  "app/classes/[classId]/roster/actions.ts#importRosterAction": {
    args: (c) => [c.f.params.classId, rosterForm(c)],
    writes: true,
    expect: ownerOnly,
  },
  // AssignmentForm: createAssignmentAction.bind(null, classId)(prev, form).
  "app/classes/actions.ts#createAssignmentAction": {
    args: (c) => [
      c.f.params.classId,
      { ok: false },
      form({
        setId: c.f.params.setId!,
        mode: "SELF_PACED",
        title: "A new assignment",
        opensAt: "",
        closesAt: "",
        attemptsAllowed: "1",
        timeLimitMinutes: "",
        revealAnswers: "AFTER_SUBMIT",
        peersAfterAnswer: "on",
        showPassages: "on",
      }),
    ],
    text: ["title"],
    writes: true,
    expect: ownerOnly,
  },
  // ReadingAssignmentForm: createReadingAssignmentAction.bind(null, classId)(prev, form).
  "app/classes/[classId]/assignments/new/actions.ts#createReadingAssignmentAction": {
    args: (c) => [
      c.f.params.classId,
      { ok: false },
      form({
        reading: `${c.f.params.setId}:${c.a.essayId}`,
        title: "A reading",
        opensAt: "",
        closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        minAnnotations: "2",
        minParagraphs: "1",
        minReplies: "0",
        points: "",
        peersAfterAnswer: "on",
      }),
    ],
    text: ["title"],
    writes: true,
    expect: ownerOnly,
  },
  // ReadingRoom's composer: addAnnotationAction.bind(null, assignmentId)({ essayId, kind, start, end, body }).
  // Before the reply row: student2's annotation here lets them see (and reply to) classmates' annotations.
  "app/assignments/[assignmentId]/read/actions.ts#addAnnotationAction": {
    args: (c) => [
      c.f.params.assignmentId,
      { essayId: c.a.essayId, kind: "COMMENT", start: c.a.sentence.start, end: c.a.sentence.end, body: "A note" },
    ],
    text: ["body"],
    writes: true,
    expect: o("signin", "refused", "ok", "ok", "refused", "ok"),
  },
  // AnnotationItem's reply box: replyToAnnotationAction.bind(null, assignmentId)(annotationId, body).
  "app/assignments/[assignmentId]/read/actions.ts#replyToAnnotationAction": {
    args: (c) => [c.f.params.assignmentId, c.a.annotationId, "A reply"],
    writes: true,
    expect: o("signin", "refused", "ok", "ok", "refused", "ok"),
  },
  // AnnotationItem's Pin button: moderateAnnotationAction.bind(null, assignmentId)(annotationId, "pin").
  "app/assignments/[assignmentId]/read/actions.ts#moderateAnnotationAction": {
    args: (c) => [c.f.params.assignmentId, c.a.annotationId, "pin"],
    writes: true,
    expect: ownerOnly,
  },
  // AssignmentForm on the Deep Linking page: chooseDeepLinkAction.bind(null, deepLinkId)(prev, form). The owner's
  // first call makes the assignment and answers the request; a repeat makes nothing (it sends the first answer).
  "app/lti/deep-link/[deepLinkId]/actions.ts#chooseDeepLinkAction": {
    args: (c) => [
      c.f.params.deepLinkId,
      { ok: false },
      form({
        setId: c.f.params.setId!,
        title: "From the LMS",
        opensAt: "",
        closesAt: "",
        attemptsAllowed: "1",
        timeLimitMinutes: "",
        revealAnswers: "AFTER_SUBMIT",
        peersAfterAnswer: "on",
        showPassages: "on",
      }),
    ],
    writes: true,
    expect: ownerOnly,
  },
  // RegisterPlatformForm: useActionState(prev, form). A new issuer per call (issuer + client id is unique).
  "app/admin/lti/actions.ts#createLtiPlatformAction": {
    args: (c) => [
      { ok: false },
      form({
        name: "A new LMS",
        issuer: `https://lms-${c.role}-${c.seq ?? 0}-${c.a.signUpTag}.example`,
        clientId: "client-1",
        deploymentIds: "d1, d2",
        authLoginUrl: "https://lms.example/auth",
        tokenUrl: "https://lms.example/token",
        jwksUrl: "https://lms.example/jwks",
      }),
    ],
    text: ["name", "clientId"],
    writes: true,
    expect: adminOnly,
  },
  // RegisterLmsConfirm: registerLtiPlatformAction.bind(null, openidConfiguration, registrationToken)(). An LMS that
  // cannot be reached (port 9, which fetch never connects to): the admin too is refused, with the reason, and nothing
  // is stored;
  // e2e/lti-registration.spec.ts registers the platform peer.
  "app/lti/register/actions.ts#registerLtiPlatformAction": {
    args: () => ["http://127.0.0.1:9/.well-known/openid-configuration", "token"],
    writes: false,
    expect: o("signin", "refused", "refused", "refused", "refused", "refused"),
  },
  // PlatformEnabledButton: setLtiPlatformEnabledAction.bind(null, platformId, enabled)().
  "app/admin/lti/actions.ts#setLtiPlatformEnabledAction": {
    // Only the admin (the fixture's owner) may: it disables the platform, a real write.
    args: (c) => [c.a.ltiPlatformId, false],
    writes: true,
    expect: adminOnly,
  },
  "app/sets/actions.ts#createSetAction": {
    args: (c) => [{ ok: false }, form({ title: "A new set", description: "", essayIds: [c.a.essayId] })],
    text: ["title", "description"],
    writes: true,
    expect: anyInstructor,
  },
  // <form action={duplicate}> with a hidden setId; a refusal lands on /sets?notDuplicated=1 (anonymous too: no form state to return).
  "app/sets/actions.ts#duplicateSetAction": {
    args: (c) => [form({ setId: c.f.params.setId! })],
    writes: true,
    expect: o("refused", "refused", "refused", "refused", "refused", "ok"),
  },
  // QuestionEditor: save(setId, questionId | null, input).
  "app/sets/[setId]/actions.ts#saveQuestionAction": {
    args: (c) => [c.f.params.setId, null, questionInput(c)],
    text: ["prompt"],
    writes: true,
    expect: ownerOnly,
  },
  // SetDetailsForm: updateSetAction.bind(null, setId)(prev, form).
  "app/sets/[setId]/actions.ts#updateSetAction": {
    args: (c) => [
      c.f.params.setId,
      { ok: false },
      form({ title: "Authz set, renamed", description: "Now with a description", essayIds: [c.a.essayId] }),
    ],
    text: ["title", "description"],
    writes: true,
    expect: ownerOnly,
  },
  // QuestionList: move(setId, questionId, direction).
  "app/sets/[setId]/actions.ts#moveQuestionAction": {
    args: (c) => [c.f.params.setId, c.f.choiceQ, "down"],
    writes: true,
    expect: ownerOnly,
  },
  // ConfirmAction: remove.bind(null, setId, questionId)(prev, form of the confirm button).
  "app/sets/[setId]/actions.ts#deleteQuestionAction": {
    args: (c) => [c.f.params.setId, c.a.doomedQ, { ok: false }, new FormData()],
    writes: true,
    expect: ownerOnly,
  },
  // ConfirmAction: deleteSetAction.bind(null, setId)(prev, form).
  "app/sets/[setId]/actions.ts#deleteSetAction": {
    params: (c) => ({ setId: c.a.doomedSetId }),
    args: (c) => [c.a.doomedSetId, { ok: false }, new FormData()],
    writes: true,
    expect: ownerOnly,
  },
  // JoinCodeForm: joinLiveAction(prev, form). Only the class's students find the session; it stores nothing.
  "app/live/actions.ts#joinLiveAction": {
    args: (c) => [{}, form({ code: c.a.liveCode })],
    writes: false,
    expect: o("signin", "refused", "ok", "ok", "refused", "refused"),
  },
  // JoinForm: joinClassAction(prev, form). Any student with the code may join (that is what it is for).
  "app/join/actions.ts#joinClassAction": {
    params: (c) => ({ code: c.a.joinClass.code }),
    args: (c) => [{ ok: false }, form({ code: c.a.joinClass.code })],
    writes: true,
    expect: o("signin", "ok", "ok", "ok", "refused", "refused"),
  },
  // StartAttemptButton: startAttemptAction.bind(null, assignmentId, false)(prev, form). Both members already
  // have an attempt (one submitted, one open): "start" resumes it, writing nothing.
  "app/assignments/[assignmentId]/take/actions.ts#startAttemptAction": {
    args: (c) => [c.f.params.assignmentId, false, { ok: false }, new FormData()],
    writes: false,
    expect: o("signin", "refused", "ok", "ok", "refused", "refused"),
  },
  // StartLiveForm: startLiveAction(prev, form). A session is already running, so the owner's start reuses it.
  "app/assignments/[assignmentId]/live/actions.ts#startLiveAction": {
    params: (c) => ({ assignmentId: c.f.liveAssignmentId }),
    args: (c) => [{}, form({ assignmentId: c.f.liveAssignmentId, timer: "30" })],
    writes: false,
    expect: ownerOnly,
  },
  // GradeForm: gradeResponseAction.bind(null, assignmentId, responseId)(prev, form).
  "app/assignments/[assignmentId]/grade/actions.ts#gradeResponseAction": {
    args: (c) => [
      c.f.params.assignmentId,
      c.a.responseId,
      { ok: false },
      form({ score: "1", feedback: "Well argued." }),
    ],
    text: ["feedback"],
    writes: true,
    expect: ownerOnly,
  },
  // GradeForm's Undo: undoGradeAction.bind(null, assignmentId, responseId)(previous grade: none, so ungraded).
  "app/assignments/[assignmentId]/grade/actions.ts#undoGradeAction": {
    args: (c) => [c.f.params.assignmentId, c.a.responseId, { score: null, feedback: "" }],
    writes: true,
    expect: ownerOnly,
  },
  // ExtensionEditor on the assignment page: save.bind(null, assignmentId, studentId)(prev, form), then remove.
  "app/assignments/[assignmentId]/edit/actions.ts#setExtensionAction": {
    args: (c) => [
      c.f.params.assignmentId,
      c.f.users.student.id,
      { ok: false },
      form({ closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), extraMinutes: "" }),
    ],
    writes: true,
    expect: ownerOnly,
  },
  "app/assignments/[assignmentId]/edit/actions.ts#clearExtensionAction": {
    args: (c) => [c.f.params.assignmentId, c.f.users.student.id, { ok: false }],
    writes: true,
    expect: ownerOnly,
  },
  // GuidedEssay, once an answer is saved: openGuidedSectionAction.bind(null, assignmentId)(questionId). Only the
  // classmate has an open attempt on the guided reading (the other student has none: nothing to open).
  "app/assignments/[assignmentId]/take/guided-actions.ts#openGuidedSectionAction": {
    params: (c) => ({ assignmentId: c.a.guidedAssignmentId }),
    args: (c) => [c.a.guidedAssignmentId, c.f.choiceQ],
    writes: true,
    expect: o("signin", "refused", "refused", "ok", "refused", "refused"),
  },
  // GuideGateToggle on the assignment page: setGuidedGateAction.bind(null, assignmentId, studentId, off)(prev).
  "app/assignments/[assignmentId]/take/guided-actions.ts#setGuidedGateAction": {
    params: (c) => ({ assignmentId: c.a.guidedAssignmentId }),
    args: (c) => [c.a.guidedAssignmentId, c.f.users.student2.id, true, { ok: false }],
    writes: true,
    expect: ownerOnly,
  },
  // AssignmentForm in edit mode: updateAssignmentAction.bind(null, assignmentId)(prev, form). Last but one:
  // the owner's call changes the fixture's assignment (it stays open, with the same reveal rule).
  "app/assignments/[assignmentId]/edit/actions.ts#updateAssignmentAction": {
    args: (c) => [
      c.f.params.assignmentId,
      { ok: false },
      form({
        title: "Authz assignment, renamed",
        opensAt: "",
        closesAt: "",
        attemptsAllowed: "2",
        timeLimitMinutes: "",
        revealAnswers: "AFTER_SUBMIT",
        peersAfterAnswer: "on",
        showPassages: "on",
      }),
    ],
    text: ["title"],
    writes: true,
    expect: ownerOnly,
  },
  // ReadingTrackingToggle on the assignment page: setReadingTrackingAction.bind(null, assignmentId, on)(prev).
  "app/assignments/[assignmentId]/edit/actions.ts#setReadingTrackingAction": {
    params: (c) => ({ assignmentId: c.a.doomedAssignmentId }),
    args: (c) => [c.a.doomedAssignmentId, true, { ok: false }],
    writes: true,
    expect: ownerOnly,
  },
  // ConfirmAction on the assignment page: close(assignmentId)(prev) then reopen; on the assignment to delete.
  "app/assignments/[assignmentId]/edit/actions.ts#closeAssignmentAction": {
    params: (c) => ({ assignmentId: c.a.doomedAssignmentId }),
    args: (c) => [c.a.doomedAssignmentId, { ok: false }],
    writes: true,
    expect: ownerOnly,
  },
  "app/assignments/[assignmentId]/edit/actions.ts#reopenAssignmentAction": {
    params: (c) => ({ assignmentId: c.a.doomedAssignmentId }),
    args: (c) => [c.a.doomedAssignmentId, { ok: false }],
    writes: true,
    expect: ownerOnly,
  },
  // ConfirmAction: deleteAssignmentAction.bind(null, assignmentId)(prev).
  "app/assignments/[assignmentId]/edit/actions.ts#deleteAssignmentAction": {
    params: (c) => ({ assignmentId: c.a.doomedAssignmentId }),
    args: (c) => [c.a.doomedAssignmentId, { ok: false }],
    writes: true,
    expect: ownerOnly,
  },
};

export type ActionWorld = {
  fx: Fixture;
  ax: ActionFixture;
  ctx: Record<Role, APIRequestContext>;
  /** the fixture's users, for fingerprints */ users: () => string[];
};

/** Seeds both fixtures and signs every role in once for the spec file that calls it (at its top level). */
export function actionWorld(): ActionWorld {
  const w = { users: () => [...Object.values(w.fx.users).map((u) => u.id), w.ax.extra.id] } as ActionWorld;
  test.beforeAll(async ({}, info) => {
    info.setTimeout(120_000);
    w.fx = await seedAuthzFixture();
    w.ax = await seedActionFixture(w.fx);
    w.ctx = await roleContexts(info.project.use.baseURL!, w.fx);
  });
  test.afterAll(async () => {
    for (const c of Object.values(w.ctx ?? {})) await c.dispose();
  });
  return w;
}
