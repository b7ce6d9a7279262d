import { notFound } from "next/navigation";
import { JoinForm } from "@/components/classes/join-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUserPage } from "@/server/auth/session";
import { findClassByCode } from "@/server/classes/find-class-by-code";
import { joinClassAction } from "../actions";

export const metadata = { title: "Join a class" };

// The shareable link: shows which class it is and asks to confirm, so opening a link never enrolls anyone by itself.
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  await requireUserPage(`/join/${encodeURIComponent(code)}`);
  const cls = await findClassByCode(code);
  if (!cls) notFound();
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title={`Join ${cls.name}?`}
        description={`Taught by ${cls.instructor.name}. Join code ${cls.joinCode}.`}
      />
      <Card>
        <JoinForm action={joinClassAction} code={cls.joinCode} />
      </Card>
    </div>
  );
}
