import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { EssayText } from "@/components/essay/essay-text";
import { PassageHighlighter } from "@/components/essay/passage-highlighter";
import { ReadAloud } from "@/components/read-aloud/read-aloud";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import { essayByline } from "@/lib/essays/essay-label";
import { groupPassages } from "@/lib/passages/group";
import { anchorId } from "@/lib/passages/segment";
import { getSessionUser } from "@/server/auth/session";
import { getEssay } from "@/server/essays/get-essay";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<{ imported?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const essay = await getEssay(slug, await getSessionUser());
  return { title: essay.title };
}

export default async function EssayPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const imported = (await searchParams)?.imported;
  const user = await getSessionUser();
  const essay = await getEssay(slug, user);
  const groups = groupPassages(essay.passages);
  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: "/essays", label: "Essays" }]} className="mb-4" />
      {imported && (
        <div className="mb-4">
          <Alert tone="success">
            Essay imported. Only you can see it; add it to a question set to draw questions from it.
          </Alert>
        </div>
      )}
      <header className="mb-8 border-b border-slate-200 pb-6">
        <div className="mb-2 flex flex-wrap gap-2">
          {essay.builtIn && <Badge tone="brand">Built-in reading</Badge>}
          {!essay.titleInSource && <Badge>Untitled in the source: descriptive title</Badge>}
        </div>
        <h1 className="font-serif text-3xl font-bold leading-tight sm:text-4xl">{essay.title}</h1>
        <p className="mt-2 text-slate-600">{essayByline(essay)}</p>
        {user?.role === "INSTRUCTOR" && (
          <p className="mt-3">
            <Link href={`/essays/${essay.slug}/drafts`} className="text-sm font-semibold text-brand-700 underline">
              Draft questions from this essay
            </Link>
          </p>
        )}
        <p className="mt-3 text-sm text-slate-600">
          Click a paragraph number to copy its link; every sentence also has its own address (for example{" "}
          <code>#p2-s1</code>).
        </p>
      </header>
      <PassageHighlighter />
      <ReadAloud
        className="sticky top-[6.5rem] z-20 mb-6 sm:top-16"
        sentences={groups.flatMap((g) =>
          g.sentences.map((s) => ({ id: anchorId(s.paragraph, s.sentence), text: s.text })),
        )}
      />
      <EssayText body={essay.body} groups={groups} />
      {essay.sourceNote && (
        <footer className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-600">
          <p className="font-semibold">Publisher’s notice (not part of the essay)</p>
          <p className="whitespace-pre-line">{essay.sourceNote}</p>
        </footer>
      )}
    </article>
  );
}
