import { notFound } from "next/navigation";
import { JoinForm } from "@/components/classes/join-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { isAppError } from "@/lib/errors/app-error";
import { requireUserPage } from "@/server/auth/session";
import { findClassByCode } from "@/server/classes/find-class-by-code";
import { getClientAddress } from "@/server/rate-limits/get-client-address";
import { joinClassAction } from "../actions";

export const metadata = { title: "Join a class" };

// The shareable link: shows which class it is and asks to confirm, so opening a link never enrolls anyone by itself.
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  await requireUserPage(`/join/${encodeURIComponent(code)}`);
  // A link is a code guess like any other: over the per-IP limit on wrong codes, it says how long to wait.
  const cls = await findClassByCode(code, await getClientAddress()).catch((e: unknown) => {
    if (isAppError(e) && e.code === "RATE_LIMITED") return e;
    throw e;
  });
  if (cls instanceof Error)
    return (
      <div className="mx-auto max-w-md">
        <PageHeader title="Join a class" />
        <Alert tone="error">{cls.message}</Alert>
      </div>
    );
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
