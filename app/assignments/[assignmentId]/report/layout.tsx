// The access check of the pages below, in a layout so that it runs before their loading.tsx starts streaming: a
// refusal is then a real 404 or redirect status instead of a 200 carrying the not-found page. The pages check
// again (the same cached session) and load their data under the loading skeleton.
import { assertOwnsAssignment } from "@/server/analytics/assert-owns-assignment";
import { requireUserPage } from "@/server/auth/session";
import { orNotFound } from "@/server/http/or-not-found";

export default async function AssignmentReportLayout({
  params,
  children,
}: {
  params: Promise<{ assignmentId: string }>;
  children: React.ReactNode;
}) {
  const { assignmentId } = await params;
  const user = await requireUserPage(`/assignments/${assignmentId}/report`);
  await orNotFound(assertOwnsAssignment({ user, assignmentId }));
  return children;
}
