// The access check of the pages below, in a layout: it runs before any part of them streams, so a refusal is a
// real 404 or redirect status instead of a 200 carrying the not-found page. The pages check again (the same cached
// lookups), draw their header, and stream the slow part in under a skeleton of their own (decision 0093).
import { requireInstructorPage } from "@/server/auth/session";
import { getEssay } from "@/server/essays/get-essay";

export default async function DraftsLayout({
  params,
  children,
}: {
  params: Promise<{ slug: string }>;
  children: React.ReactNode;
}) {
  const { slug } = await params;
  const user = await requireInstructorPage(`/essays/${slug}/drafts`);
  await getEssay(slug, user);
  return children;
}
