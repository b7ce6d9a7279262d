import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { WindowLabel } from "@/components/assignments/assignment-status";
import { CopyButton } from "@/components/classes/copy-button";
import { RemoveStudentButton } from "@/components/classes/remove-student-button";
import { LtiRosterPanel } from "@/components/lti/lti-roster-panel";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { BreakableUrl } from "@/components/ui/breakable-url";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { shownEmail } from "@/lib/lti/lti-placeholder-email";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireUserPage, type SessionUser } from "@/server/auth/session";
import { getClassForInstructor } from "@/server/classes/get-class-for-instructor";
import { getClassForStudent } from "@/server/classes/get-class-for-student";
import { getLtiRoster } from "@/server/lti/get-lti-roster";
import { removeStudentAction, syncLtiRosterAction } from "../actions";

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ deleted?: string }> };
export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const user = await requireUserPage(`/classes/${classId}`);
  return user.role === "INSTRUCTOR" ? (
    <InstructorView user={user} classId={classId} deleted={(await searchParams).deleted === "1"} />
  ) : (
    <StudentView user={user} classId={classId} />
  );
}

async function InstructorView({ user, classId, deleted }: { user: SessionUser; classId: string; deleted: boolean }) {
  const cls = await getClassForInstructor({ user, classId });
  const lti = await getLtiRoster({ user, classId });
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const link = `${origin}/join/${cls.joinCode}`;
  const n = cls.enrollments.length;
  return (
    <>
      <Breadcrumb trail={[{ href: "/classes", label: "Classes" }]} />
      <PageHeader
        title={cls.name}
        description={`${n} student${n === 1 ? "" : "s"}`}
        actions={
          <>
            <ButtonLink href={`/classes/${cls.id}/report`} variant="secondary">
              Class report
            </ButtonLink>
            <a href={`/classes/${cls.id}/gradebook.csv`} download className={buttonClass("secondary")}>
              Gradebook CSV
            </a>
            <ButtonLink href={`/classes/${cls.id}/assignments/new`}>New assignment</ButtonLink>
          </>
        }
      />
      {deleted && (
        <div className="mb-4">
          <Alert tone="success">The assignment was deleted.</Alert>
        </div>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="assignments-h" className="space-y-3">
          <h2 id="assignments-h" className="text-lg font-bold">
            Assignments
          </h2>
          {cls.assignments.length === 0 ? (
            <EmptyState title="Nothing assigned yet">
              Assign a question set: students see it on their dashboard.
            </EmptyState>
          ) : (
            <ul className="space-y-2">
              {cls.assignments.map((a) => (
                <li key={a.id}>
                  <Card className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                    <div>
                      <Link href={`/assignments/${a.id}`} className="font-semibold text-brand-700 hover:underline">
                        {a.title}
                      </Link>
                      <p className="text-sm text-slate-600">
                        {a.set.title} · <WindowLabel a={a} /> {a.mode === "LIVE" && <Badge tone="brand">Live</Badge>}
                      </p>
                    </div>
                    <div className="flex items-center gap-3">
                      <span className="text-sm text-slate-700">
                        {a.submittedCount} of {n} submitted
                      </span>
                      <Link
                        href={`/assignments/${a.id}/grade`}
                        className="text-sm font-semibold text-brand-700 underline"
                      >
                        Grade
                      </Link>
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>
        <aside className="space-y-6">
          <Card>
            <h2 className="text-lg font-bold">Join code</h2>
            <p className="mt-2 font-mono text-3xl font-bold tracking-widest text-slate-900">{cls.joinCode}</p>
            <p className="mt-2 text-sm text-slate-600">
              Or share the link: <BreakableUrl url={link} className="text-slate-800" />
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <CopyButton text={cls.joinCode} label="Copy code" />
              <CopyButton text={link} label="Copy link" />
            </div>
          </Card>
          <section aria-labelledby="roster-h">
            <div className="mb-2 flex items-center justify-between gap-2">
              <h2 id="roster-h" className="text-lg font-bold">
                Roster
              </h2>
              <Link href={`/classes/${cls.id}/roster`} className="text-sm font-semibold text-brand-700 underline">
                Upload a roster (CSV)
              </Link>
            </div>
            {lti && <LtiRosterPanel roster={lti} sync={syncLtiRosterAction.bind(null, cls.id)} />}
            {n === 0 ? (
              <EmptyState title="No students yet">
                {lti
                  ? `Students appear here as they open Passage from ${lti.lmsName}, or when you sync the roster.`
                  : "Share the join code; students appear here as they join."}
              </EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
                {cls.enrollments.map(({ user: s }) => (
                  <li key={s.id} className="flex items-center justify-between gap-2 px-4 py-2">
                    <div className="min-w-0">
                      <p className="truncate font-medium">{s.name}</p>
                      <p className="truncate text-sm text-slate-600">
                        {shownEmail(s.email) ?? (lti ? `from ${lti.lmsName}` : "")}
                      </p>
                    </div>
                    <RemoveStudentButton name={s.name} action={removeStudentAction.bind(null, cls.id, s.id)} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}

async function StudentView({ user, classId }: { user: SessionUser; classId: string }) {
  const cls = await getClassForStudent({ user, classId });
  return (
    <>
      <PageHeader title={cls.name} description={`Taught by ${cls.instructor.name}`} />
      {cls.assignments.length === 0 ? (
        <EmptyState title="Nothing assigned yet">Your instructor has not assigned anything in this class.</EmptyState>
      ) : (
        <ul className="space-y-2">
          {cls.assignments.map((a) => (
            <li key={a.id}>
              <Card>
                <Link href={`/assignments/${a.id}`} className="font-semibold text-brand-700 hover:underline">
                  {a.title}
                </Link>
                <p className="text-sm text-slate-600">
                  <WindowLabel a={a} />
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
