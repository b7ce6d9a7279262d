import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireUserPage } from "@/server/auth/session";
import { db } from "@/server/db";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ welcome?: string; denied?: string }> }) {
  const user = await requireUserPage("/dashboard");
  const { welcome, denied } = await searchParams;
  const classes =
    user.role === "INSTRUCTOR"
      ? await db.class.findMany({ where: { instructorId: user.id }, orderBy: { createdAt: "asc" }, include: { _count: { select: { enrollments: true } } } })
      : await db.class.findMany({ where: { enrollments: { some: { userId: user.id } } }, orderBy: { createdAt: "asc" }, include: { _count: { select: { enrollments: true } } } });
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description={user.role === "INSTRUCTOR" ? "Your classes and readings." : "Your classes and work."} />
      <div className="space-y-4">
        {welcome && <Alert tone="success">Your account is ready.</Alert>}
        {denied && <Alert tone="warning">That page is for instructors. Here is your own dashboard.</Alert>}
        <h2 className="text-lg font-bold">Classes</h2>
        {classes.length === 0 ? (
          <EmptyState title="No classes yet">{user.role === "INSTRUCTOR" ? "Create a class and share its join code." : "Ask your instructor for a join code."}</EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {classes.map((c) => (
              <li key={c.id}>
                <Card>
                  <p className="font-semibold">{c.name}</p>
                  <p className="text-sm text-slate-600">{c._count.enrollments} students</p>
                </Card>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/essays" className="font-semibold text-brand-700 underline">
            Read the essays
          </Link>
        </p>
      </div>
    </>
  );
}
