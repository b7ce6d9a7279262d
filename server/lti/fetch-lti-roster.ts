import "server-only";
import { NRPS_SCOPE } from "@/lib/lti/lti-claims";
import { MEMBERSHIP_CONTAINER_TYPE, membershipContainer, nextPageUrl, type RosterMember } from "@/lib/lti/nrps";
import { AppError } from "@/lib/errors/app-error";
import { forgetPlatformToken, getPlatformToken } from "./get-platform-token";

/** A course larger than this is refused rather than read for minutes (a class is at most a few hundred). */
const MAX_PAGES = 100;
const MAX_MEMBERS = 20_000;

type Platform = { id: string; name: string; clientId: string; tokenUrl: string };

const upstream = (platform: Platform, what: string) =>
  new AppError("UPSTREAM", `${platform.name} did not give Passage the roster: ${what}. Nothing was changed.`);

/**
 * Reads a course's whole roster (NRPS 2.0 §2.4: GET the context memberships URL with the membership container media
 * type and a bearer token with the contextmembership.readonly scope, then every `rel="next"` page). All pages or
 * nothing: a failure on any page throws AppError("UPSTREAM") with what the LMS said, for the teacher. The next page
 * must be on the roster's own origin, so a platform (or anything that answers for it) cannot send our token elsewhere.
 */
export async function fetchLtiRoster(
  platform: Platform,
  opts: { url: string; contextId: string },
): Promise<RosterMember[]> {
  const origin = new URL(opts.url).origin;
  const members: RosterMember[] = [];
  let url: string | null = opts.url;
  for (let page = 0; url; page++) {
    if (page >= MAX_PAGES || members.length > MAX_MEMBERS) throw upstream(platform, "the course is too large to sync");
    const res = await getPage(platform, url);
    const parsed = membershipContainer.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw upstream(platform, "its answer is not a roster Passage can read");
    if (parsed.data.context.id !== opts.contextId) throw upstream(platform, "it sent the roster of another course");
    members.push(...parsed.data.members);
    url = nextPageUrl(res.headers.get("link"), url);
    if (url && new URL(url).origin !== origin) throw upstream(platform, "its next page is on another site");
  }
  return members;
}

async function getPage(platform: Platform, url: string): Promise<Response> {
  for (let refreshed = false; ; refreshed = true) {
    let token: string;
    try {
      token = await getPlatformToken(platform, [NRPS_SCOPE]);
    } catch (e) {
      console.error("LTI roster token refused", e);
      throw upstream(platform, "it refused Passage an access token (is the roster service turned on for the tool?)");
    }
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { accept: MEMBERSHIP_CONTAINER_TYPE, authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(15_000),
        redirect: "error",
      });
    } catch (e) {
      console.error("LTI roster fetch failed", e);
      throw upstream(platform, "it did not answer");
    }
    if (res.ok) return res;
    // A token the platform no longer takes: one fresh token, then give up.
    if (res.status === 401 && !refreshed) {
      forgetPlatformToken(platform, [NRPS_SCOPE]);
      continue;
    }
    throw upstream(platform, `it answered ${res.status}`);
  }
}
