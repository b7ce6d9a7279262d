// The access check of the pages below, in a layout so that it runs before their loading.tsx starts streaming: a
// refusal is then a real 404 or redirect status instead of a 200 carrying the not-found page. The pages check
// again (the same cached session) and load their data under the loading skeleton.
import { findOwnedClass } from "@/server/analytics/find-owned-assignment";
import { requireUserPage } from "@/server/auth/session";
import { orNotFound } from "@/server/http/or-not-found";

export default async function ClassReportLayout({ params, children }: { params: Promise<{ classId: string }>; children: React.ReactNode }) {
  const { classId } = await params;
  const user = await requireUserPage(`/classes/${classId}/report`);
  await orNotFound(findOwnedClass({ user, classId }));
  return children;
}
