import type { ActionState } from "@/lib/actions/action-state";
import { Badge } from "../ui/card";
import { LocalTime } from "../ui/local-time";
import { RosterSyncButton } from "./roster-sync-button";

type Roster = {
  lmsName: string;
  canSync: boolean;
  syncedAt: string | null;
  notActive: { id: string; name: string; status: "ACTIVE" | "INACTIVE" | "REMOVED" }[];
};

/** On an LMS course's class: the roster sync (NRPS) and the learners the LMS no longer lists as active. */
export function LtiRosterPanel({
  roster,
  sync,
}: {
  roster: Roster;
  sync: (prev: ActionState) => Promise<ActionState>;
}) {
  return (
    <div className="mb-3 space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-700">
        This class is a course in {roster.lmsName}.{" "}
        {roster.syncedAt ? (
          <>
            Roster last synced <LocalTime iso={roster.syncedAt} />.
          </>
        ) : (
          "Its roster has not been synced yet: students appear as they open Passage from the course."
        )}
      </p>
      {roster.canSync ? (
        <RosterSyncButton lmsName={roster.lmsName} action={sync} />
      ) : (
        <p className="text-sm text-slate-700">
          {roster.lmsName} has not offered Passage this course&rsquo;s roster: ask your LMS admin to turn on the roster
          service (Names and Role Provisioning) for Passage.
        </p>
      )}
      {roster.notActive.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Not active in {roster.lmsName}</h3>
          <p className="text-sm text-slate-600">Out of this class; their work is kept.</p>
          <ul className="mt-1 space-y-1 text-sm">
            {roster.notActive.map((m) => (
              <li key={m.id} className="flex items-center justify-between gap-2">
                <span className="truncate">{m.name}</span>
                <Badge tone={m.status === "INACTIVE" ? "amber" : "slate"}>
                  {m.status === "INACTIVE" ? "inactive" : "removed from the course"}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
