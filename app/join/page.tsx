import { JoinForm } from "@/components/classes/join-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUserPage } from "@/server/auth/session";
import { joinClassAction } from "./actions";

export const metadata = { title: "Join a class" };

export default async function JoinPage() {
  await requireUserPage("/join");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Join a class" description="Enter the code your instructor shared." />
      <Card>
        <JoinForm action={joinClassAction} />
      </Card>
    </div>
  );
}
