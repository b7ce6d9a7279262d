import { RosterUpload } from "@/components/classes/roster-upload";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { LocalTime } from "@/components/ui/local-time";
import { Badge, PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { findOwnedClass } from "@/server/classes/find-owned-class";
import { listRosterInvites } from "@/server/classes/list-roster-invites";
import { orNotFound } from "@/server/http/or-not-found";
import { importRosterAction, previewRosterAction } from "./actions";

export const metadata = { title: "Upload a roster" };

export default async function RosterPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireInstructorPage(`/classes/${classId}/roster`);
  const cls = await orNotFound(findOwnedClass({ user, classId }));
  const invites = await listRosterInvites({ user, classId: cls.id });
  const now = new Date();
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: `/classes/${cls.id}`, label: cls.name }]} />
      <PageHeader
        title="Upload a roster"
        description={`Enrol the students of a CSV file in ${cls.name}. Students with an account are enrolled; the others get an invitation link. You see every row before anything is saved, and uploading the same file again changes nothing.`}
      />
      <RosterUpload preview={previewRosterAction.bind(null, cls.id)} confirm={importRosterAction.bind(null, cls.id)} />
      <section aria-labelledby="pending-h" className="mt-8">
        <h2 id="pending-h" className="mb-2 text-lg font-bold">
          Invited, not signed up yet
        </h2>
        {invites.length === 0 ? (
          <p className="text-sm text-slate-600">Nobody: every invited student has signed up.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {invites.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                <div className="min-w-0">
                  <p className="truncate font-medium">{i.name}</p>
                  <p className="truncate text-sm text-slate-600">{i.email}</p>
                </div>
                {i.expiresAt > now ? (
                  <span className="text-sm text-slate-700">
                    link works until <LocalTime iso={i.expiresAt.toISOString()} />
                  </span>
                ) : (
                  <Badge tone="amber">link expired: upload the file again for a new one</Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
