// The access check of the pages below, in a layout: it runs before any part of them streams, so a refusal is a
// real 404 or redirect status instead of a 200 carrying the not-found page. The pages check again (the same cached
// lookups), draw their header, and stream the slow part in under a skeleton of their own (decision 0093).
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
