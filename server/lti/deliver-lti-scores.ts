import "server-only";
import { AGS_SCORE_SCOPE, scoresUrl } from "@/lib/lti/lti-claims";
import { db } from "../db";
import { forgetPlatformToken, getPlatformToken } from "./get-platform-token";

/** A worker owns a claimed score this long; one that died while sending leaves it to another after that. */
const LEASE_SECONDS = 120;
/** Backoff after the n-th failed try: 30 s, 1 min, 2 min … capped at an hour; after MAX_TRIES the score is failed. */
const BASE_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 3600;
export const MAX_TRIES = 12;

export const retryDelaySeconds = (tries: number) =>
  Math.min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * 2 ** Math.max(0, tries - 1));

// Claims due scores for this worker: several app servers may run this at once, and SKIP LOCKED lets each take
// other rows instead of waiting; the lease (nextAttemptAt moved ahead) keeps them off the rows once committed.
const CLAIM = `
  UPDATE "LtiScoreOutbox" o SET "nextAttemptAt" = (now() AT TIME ZONE 'UTC') + make_interval(secs => $2), "tries" = o."tries" + 1
  WHERE o."id" IN (
    SELECT "id" FROM "LtiScoreOutbox"
    WHERE "status" = 'PENDING' AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
    ORDER BY "nextAttemptAt" LIMIT $1
    FOR UPDATE SKIP LOCKED)
  RETURNING o."id"`;

export type DeliveryReport = { sent: number; failed: number; retrying: number };

/**
 * Sends due scores from the outbox to the LMS gradebooks (AGS 2.0 §3.4: POST application/vnd.ims.lis.v1.score+json
 * to `{lineitem}/scores` with a bearer token), each at most once at a time across app servers. A failure waits
 * with exponential backoff and is tried again; a score is marked failed after MAX_TRIES. Every score carries the
 * timestamp it was made with, so one sent twice (a worker that died after the LMS took it) changes nothing there.
 */
export async function deliverLtiScores(opts: { limit?: number } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, retrying: 0 };
  const claimed = await db.$queryRawUnsafe<{ id: string }[]>(CLAIM, opts.limit ?? 50, LEASE_SECONDS);
  if (claimed.length === 0) return report;
  const rows = await db.ltiScoreOutbox.findMany({
    where: { id: { in: claimed.map((c) => c.id) } },
    include: { platform: { select: { id: true, clientId: true, tokenUrl: true, enabled: true } } },
    orderBy: { timestamp: "asc" },
  });
  for (const row of rows) {
    try {
      if (!row.platform.enabled) throw new Error("grades to this LMS are turned off in Passage");
      await postScore(row);
      await db.ltiScoreOutbox.update({
        where: { id: row.id },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
      report.sent++;
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      const giveUp = row.tries >= MAX_TRIES;
      await db.ltiScoreOutbox.update({
        where: { id: row.id },
        data: {
          lastError: message,
          ...(giveUp
            ? { status: "FAILED" }
            : { nextAttemptAt: new Date(Date.now() + retryDelaySeconds(row.tries) * 1000) }),
        },
      });
      if (giveUp) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

type Row = Awaited<ReturnType<typeof db.ltiScoreOutbox.findMany>>[number] & {
  platform: { id: string; clientId: string; tokenUrl: string };
};

async function postScore(row: Row): Promise<void> {
  const body = JSON.stringify({
    userId: row.userSub,
    ...(row.scoreGiven !== null && row.scoreMaximum !== null
      ? { scoreGiven: row.scoreGiven, scoreMaximum: row.scoreMaximum }
      : {}),
    ...(row.comment ? { comment: row.comment } : {}),
    activityProgress: row.activityProgress,
    gradingProgress: row.gradingProgress,
    timestamp: row.timestamp.toISOString(),
  });
  for (let refreshed = false; ; refreshed = true) {
    const token = await getPlatformToken(row.platform, [AGS_SCORE_SCOPE]);
    const res = await fetch(scoresUrl(row.lineItemUrl), {
      method: "POST",
      headers: { "content-type": "application/vnd.ims.lis.v1.score+json", authorization: `Bearer ${token}` },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (res.ok) return;
    // A token the platform no longer takes (it restarted, or revoked it): one fresh token, then give up this try.
    if (res.status === 401 && !refreshed) {
      forgetPlatformToken(row.platform, [AGS_SCORE_SCOPE]);
      continue;
    }
    throw new Error(`the LMS answered ${res.status} ${(await res.text().catch(() => "")).slice(0, 200)}`.trim());
  }
}
