import { Link } from "@/components/ui/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { essayByline } from "@/lib/essays/essay-label";
import { getSessionUser } from "@/server/auth/session";
import { listEssays } from "@/server/essays/list-essays";

export const metadata = { title: "Essays" };

export default async function EssaysPage() {
  const user = await getSessionUser();
  const essays = await listEssays(user);
  return (
    <>
      <PageHeader
        title="Essays"
        description="The readings your questions and discussions are drawn from. Every paragraph and sentence has its own link."
        actions={
          user?.role === "INSTRUCTOR" ? <ButtonLink href="/essays/import">Import an essay</ButtonLink> : undefined
        }
      />
      {essays.length === 0 ? (
        <EmptyState title="No essays yet">Import one to start drafting questions.</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {essays.map((e) => (
            <li key={e.id}>
              <Card className="h-full">
                <div className="mb-2 flex flex-wrap gap-2">
                  {e.builtIn && <Badge tone="brand">Built-in reading</Badge>}
                  {!e.titleInSource && <Badge>Untitled in the source</Badge>}
                </div>
                <h2 className="text-lg font-bold">
                  <Link href={`/essays/${e.slug}`} className="hover:underline">
                    {e.title}
                  </Link>
                </h2>
                <p className="text-sm text-slate-600">{essayByline(e)}</p>
                <p className="mt-3 font-serif text-slate-800">{e.excerpt}</p>
                <p className="mt-3 text-sm text-slate-600">
                  {e.paragraphs} paragraphs · {e.words.toLocaleString("en")} words
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
