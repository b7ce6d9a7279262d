import { Link } from "@/components/ui/link";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireUserPage } from "@/server/auth/session";
import { listInstructorClasses } from "@/server/classes/list-instructor-classes";
import { createClassAction } from "./actions";

export const metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUserPage("/classes");
  if (user.role !== "INSTRUCTOR") {
    return (
      <>
        <PageHeader
          title="Classes"
          description="Your classes are on your dashboard."
          actions={<ButtonLink href="/join">Join a class</ButtonLink>}
        />
        <ButtonLink href="/dashboard" variant="secondary">
          Go to my work
        </ButtonLink>
      </>
    );
  }
  const classes = await listInstructorClasses({ user });
  return (
    <>
      <PageHeader title="Classes" description="Create a class, share its join code, then assign question sets." />
      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-bold">New class</h2>
        <CreateClassForm action={createClassAction} />
      </Card>
      {classes.length === 0 ? (
        <EmptyState title="No classes yet">Create your first class above; students join it with its code.</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Card>
                <Link
                  href={`/classes/${c.id}`}
                  className="text-lg font-semibold text-brand-700 underline-offset-2 hover:underline"
                >
                  {c.name}
                </Link>
                <p className="mt-1 text-sm text-slate-600">
                  {c._count.enrollments} student{c._count.enrollments === 1 ? "" : "s"} · {c._count.assignments}{" "}
                  assignment{c._count.assignments === 1 ? "" : "s"} · code{" "}
                  <span className="font-mono font-semibold text-slate-800">{c.joinCode}</span>
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
