import { headers } from "next/headers";
import { InviteForm } from "@/components/invites/invite-form";
import { RevokeInviteButton } from "@/components/invites/revoke-invite-button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { requireAdminPage } from "@/server/auth/session";
import { env } from "@/server/env";
import { listInvites, type InviteStatus } from "@/server/invites/list-invites";
import { createInviteAction, revokeInviteAction } from "./actions";

export const metadata = { title: "Instructor invitations" };

const STATUS: Record<InviteStatus, { label: string; tone: "green" | "slate" | "amber" | "red" }> = {
  pending: { label: "Waiting", tone: "green" },
  used: { label: "Used", tone: "slate" },
  expired: { label: "Expired", tone: "amber" },
  revoked: { label: "Withdrawn", tone: "red" },
};

export default async function InvitesPage() {
  const user = await requireAdminPage("/admin/invites");
  const invites = await listInvites({ user });
  // The link is for another person's browser: the address this page was opened at (NEXTAUTH_URL behind a proxy).
  const h = await headers();
  const origin = env().NEXTAUTH_URL ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
  return (
    <>
      <PageHeader
        title="Instructor invitations"
        description="Instructors can read every answer key, so they join through a one-time link. Students never need one."
      />
      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-bold">New invitation</h2>
        <InviteForm action={createInviteAction} origin={origin.replace(/\/$/, "")} />
      </Card>
      <h2 className="mb-3 text-lg font-bold">Invitations</h2>
      {invites.length === 0 ? (
        <EmptyState title="No invitations yet" compact />
      ) : (
        <ul className="space-y-2">
          {invites.map((i) => (
            <li key={i.id}>
              <Card className="flex flex-wrap items-center gap-x-4 gap-y-2">
                <Badge tone={STATUS[i.status].tone}>{STATUS[i.status].label}</Badge>
                <p className="flex-1 text-sm text-slate-700">
                  Made by {i.createdBy.name} on <LocalTime iso={i.createdAt.toISOString()} />
                  {i.status === "used" && i.usedBy && (
                    <>
                      {" "}
                      · used by {i.usedBy.name} ({i.usedBy.email})
                    </>
                  )}
                  {i.status === "pending" && (
                    <>
                      {" "}
                      · expires <LocalTime iso={i.expiresAt.toISOString()} />
                    </>
                  )}
                  {i.status === "expired" && (
                    <>
                      {" "}
                      · expired <LocalTime iso={i.expiresAt.toISOString()} />
                    </>
                  )}
                </p>
                {i.status === "pending" && (
                  <RevokeInviteButton
                    action={revokeInviteAction.bind(null, i.id)}
                    label={`Withdraw the invitation made on ${i.createdAt.toISOString().slice(0, 10)}`}
                  />
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
