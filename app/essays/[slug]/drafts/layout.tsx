// The access check of the pages below, in a layout so that it runs before their loading.tsx starts streaming: a
// refusal is then a real 404 or redirect status instead of a 200 carrying the not-found page. The pages check
// again (the same cached session) and load their data under the loading skeleton.
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
