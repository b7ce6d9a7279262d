// The access check of the pages below, in a layout so that it runs before their loading.tsx starts streaming: a
// refusal is then a real 404 or redirect status instead of a 200 carrying the not-found page. The page reuses
// this check's query (findOwnedClassForPage is memoised per request) and loads its data under the skeleton.
import { findOwnedClassForPage } from "@/server/classes/find-owned-class";
import { requireUserPage } from "@/server/auth/session";
import { orNotFound } from "@/server/http/or-not-found";

export default async function ClassReportLayout({
  params,
  children,
}: {
  params: Promise<{ classId: string }>;
  children: React.ReactNode;
}) {
  const { classId } = await params;
  const user = await requireUserPage(`/classes/${classId}/report`);
  await orNotFound(findOwnedClassForPage(user.id, user.role, classId));
  return children;
}
