import { Link } from "@/components/ui/link";
import { WindowLabel } from "@/components/assignments/assignment-status";
import { points } from "@/components/quiz/attempt-result";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireUserPage, type SessionUser } from "@/server/auth/session";
import { listInstructorDashboard } from "@/server/classes/list-instructor-dashboard";
import { listStudentWork } from "@/server/classes/list-student-work";

export const metadata = { title: "Dashboard" };
type Search = { welcome?: string; denied?: string; joined?: string };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUserPage("/dashboard");
  const sp = await searchParams;
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name}`}
        description={
          user.role === "INSTRUCTOR"
            ? "Your classes and recent assignments."
            : "Your assignments across all your classes."
        }
        actions={
          user.role === "INSTRUCTOR" ? (
            <ButtonLink href="/classes">Manage classes</ButtonLink>
          ) : (
            <ButtonLink href="/join">Join a class</ButtonLink>
          )
        }
      />
      <div className="mb-4 space-y-2">
        {sp.welcome && <Alert tone="success">Your account is ready.</Alert>}
        {sp.denied && (
          <Alert tone="warning">
            That page is for {sp.denied === "admin" ? "the admin" : "instructors"}. Here is your own dashboard.
          </Alert>
        )}
      </div>
      {user.role === "INSTRUCTOR" ? (
        <InstructorDashboard user={user} />
      ) : (
        <StudentDashboard user={user} joined={sp.joined} />
      )}
    </>
  );
}

type Work = Awaited<ReturnType<typeof listStudentWork>>["todo"][number];

function WorkList({
  title,
  items,
  empty,
  render,
}: {
  title: string;
  items: Work[];
  empty: string;
  render: (w: Work) => React.ReactNode;
}) {
  const id = `h-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-bold">
        {title} <span className="text-slate-600">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <EmptyState compact title={empty} />
      ) : (
        <ul className="space-y-2">
          {items.map((w) => (
            <li key={w.id}>
              <Card className="flex flex-col gap-1 !p-4 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <Link href={`/assignments/${w.id}`} className="font-semibold text-brand-700 hover:underline">
                    {w.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {w.class.name} · <WindowLabel a={w} />
                  </p>
                </div>
                <div className="text-sm">{render(w)}</div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

async function StudentDashboard({ user, joined }: { user: SessionUser; joined?: string }) {
  const { todo, submitted, graded, classes } = await listStudentWork({ user });
  const joinedClass = classes.find((c) => c.id === joined);
  if (classes.length === 0)
    return (
      <EmptyState title="You are not in a class yet">
        <p>Ask your instructor for a join code, then join their class.</p>
        <div className="mt-4">
          <ButtonLink href="/join">Join a class</ButtonLink>
        </div>
      </EmptyState>
    );
  const score = (w: Work) => (w.last ? `${points(w.last.score ?? 0)} / ${points(w.last.maxScore ?? 0)}` : "");
  return (
    <div className="space-y-8">
      {joinedClass && <Alert tone="success">You joined {joinedClass.name}.</Alert>}
      <WorkList
        title="To do"
        items={todo}
        empty="Nothing to do right now."
        render={(w) =>
          w.inProgress ? (
            <Badge tone="amber">In progress</Badge>
          ) : w.closed ? (
            <Badge tone="red">Closed</Badge>
          ) : w.mode === "LIVE" ? (
            <Badge tone="brand">Live</Badge>
          ) : (
            <Badge>Not started</Badge>
          )
        }
      />
      <WorkList
        title="Submitted"
        items={submitted}
        empty="Nothing waiting for grading."
        render={(w) => <Badge tone="amber">Awaiting grading · {score(w)} so far</Badge>}
      />
      <WorkList
        title="Graded"
        items={graded}
        empty="No graded work yet."
        render={(w) => <Badge tone="green">{score(w)} points</Badge>}
      />
      <section aria-labelledby="h-classes">
        <h2 id="h-classes" className="mb-2 text-lg font-bold">
          Your classes
        </h2>
        <ul className="flex flex-wrap gap-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Link
                href={`/classes/${c.id}`}
                className="inline-block rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

async function InstructorDashboard({ user }: { user: SessionUser }) {
  const { classes, recent } = await listInstructorDashboard({ user });
  if (classes.length === 0)
    return (
      <EmptyState title="No classes yet">
        <p>Create a class and share its join code with your students.</p>
        <div className="mt-4">
          <ButtonLink href="/classes">Create a class</ButtonLink>
        </div>
      </EmptyState>
    );
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="h-recent">
        <h2 id="h-recent" className="mb-2 text-lg font-bold">
          Recent assignments
        </h2>
        {recent.length === 0 ? (
          <EmptyState compact title="Nothing assigned yet: open a class and assign a question set." />
        ) : (
          <ul className="space-y-2">
            {recent.map((a) => {
              const pct = a.enrolled ? Math.round((a.submitted / a.enrolled) * 100) : 0;
              return (
                <li key={a.id}>
                  <Card className="!p-4">
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <Link href={`/assignments/${a.id}`} className="font-semibold text-brand-700 hover:underline">
                        {a.title}
                      </Link>
                      <span className="flex flex-wrap items-baseline gap-3 text-sm text-slate-700">
                        {a.toGrade > 0 && (
                          <Link
                            href={`/assignments/${a.id}/grade`}
                            className="rounded-full bg-amber-100 px-2.5 py-0.5 font-semibold text-amber-900 hover:underline"
                          >
                            {a.toGrade} {a.toGrade === 1 ? "answer" : "answers"} to grade
                          </Link>
                        )}
                        {a.openReports > 0 && (
                          <Link
                            href={`/assignments/${a.id}/moderation`}
                            className="rounded-full bg-red-100 px-2.5 py-0.5 font-semibold text-red-900 hover:underline"
                          >
                            {a.openReports} open {a.openReports === 1 ? "report" : "reports"}
                          </Link>
                        )}
                        {a.submitted} of {a.enrolled} submitted
                      </span>
                    </div>
                    <p className="text-sm text-slate-600">
                      {a.class.name} · <WindowLabel a={a} />
                    </p>
                    <div className="mt-2 h-2 rounded-full bg-slate-200" aria-hidden="true">
                      <div className="h-2 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
                    </div>
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-classes">
        <h2 id="h-classes" className="mb-2 text-lg font-bold">
          Classes
        </h2>
        <ul className="space-y-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Card className="!p-4">
                <Link href={`/classes/${c.id}`} className="font-semibold text-brand-700 hover:underline">
                  {c.name}
                </Link>
                <p className="text-sm text-slate-600">
                  {c._count.enrollments} student{c._count.enrollments === 1 ? "" : "s"} · code{" "}
                  <span className="font-mono font-semibold text-slate-800">{c.joinCode}</span>
                </p>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
