import { z } from "zod";
import { passageRole } from "./passage-role";

/** The media type of an NRPS 2.0 membership container (§3.1), asked for in Accept. */
export const MEMBERSHIP_CONTAINER_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

// NRPS 2.0 §3.2 (members) and §3.4 (status). A member without a status is Active; Deleted comes only in a
// differences answer, which a full read never asks for, but it means the same as not being listed.
const member = z.object({
  user_id: z.string().trim().min(1).max(255),
  status: z.enum(["Active", "Inactive", "Deleted"]).default("Active"),
  name: z.string().max(200).optional(),
  given_name: z.string().max(100).optional(),
  family_name: z.string().max(100).optional(),
  roles: z.array(z.string().max(500)).max(100).default([]),
});

/** One page of a membership container: the course it is about and its members. */
export const membershipContainer = z.object({
  id: z.string().max(2000).optional(),
  context: z.object({ id: z.string().max(255) }).passthrough(),
  members: z.array(member).max(10_000),
});
export type RosterMember = z.output<typeof member>;

/**
 * The `rel="next"` URL of a Link header (RFC 8288; NRPS 2.0 §2.4.2 pages the container this way), resolved
 * against the page it came with; null when there is none.
 */
export function nextPageUrl(link: string | null, current: string): string | null {
  if (!link) return null;
  for (const part of link.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!m) continue;
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(m[2]!);
    const rel = (rels?.[1] ?? rels?.[2] ?? "").toLowerCase().split(/\s+/);
    if (!rel.includes("next")) continue;
    try {
      return new URL(m[1]!, current).toString();
    } catch {
      return null;
    }
  }
  return null;
}

export type RosterLearner = { sub: string; name: string; status: "ACTIVE" | "INACTIVE" | "REMOVED" };
export type RosterPlan = { members: number; learners: RosterLearner[]; teachers: string[]; others: number };

/** The person's display name from NRPS's name fields (all optional). */
function memberName(m: RosterMember): string {
  const full = m.name?.trim() || [m.given_name, m.family_name].filter(Boolean).join(" ").trim();
  return (full || "LMS user").slice(0, 100);
}

/**
 * What a full roster means in Passage's terms: learners (by their LTI `sub`, with the status the LMS gives them),
 * the teachers' subs (Passage has one teacher per class: they are matched, never enrolled) and everyone else
 * (mentors, guests), who has no place in a class. A person listed twice (pages that overlap) counts once, as
 * listed last.
 */
export function planRoster(members: RosterMember[]): RosterPlan {
  const byUser = new Map<string, RosterMember>();
  for (const m of members) {
    byUser.delete(m.user_id);
    byUser.set(m.user_id, m);
  }
  const plan: RosterPlan = { members: byUser.size, learners: [], teachers: [], others: 0 };
  for (const m of byUser.values()) {
    const role = passageRole(m.roles);
    if (role === "STUDENT")
      plan.learners.push({
        sub: m.user_id,
        name: memberName(m),
        status: m.status === "Active" ? "ACTIVE" : m.status === "Inactive" ? "INACTIVE" : "REMOVED",
      });
    else if (role === "INSTRUCTOR") plan.teachers.push(m.user_id);
    else plan.others++;
  }
  return plan;
}

export type RosterSyncResult = {
  members: number;
  enrolled: number;
  added: number;
  inactive: number;
  removed: number;
  /** learners whose Passage account is a teacher's (one account, one role) */
  skipped: number;
};

/** "12 members, 3 new, 1 inactive": what a sync did, for the teacher. */
export function rosterSyncSummary(r: RosterSyncResult): string {
  const parts = [
    `${r.members} member${r.members === 1 ? "" : "s"}`,
    `${r.enrolled} student${r.enrolled === 1 ? "" : "s"} enrolled`,
    `${r.added} new`,
    r.inactive > 0 && `${r.inactive} inactive`,
    r.removed > 0 && `${r.removed} removed`,
    r.skipped > 0 && `${r.skipped} not added (their Passage account is a teacher's)`,
  ].filter(Boolean);
  return parts.join(", ");
}
