import "server-only";
import { hitRateLimit } from "../auth/hit-rate-limit";
import { ipLimit, ipLimitError, type IpLimitName } from "./ip-limits";
import { peekRateLimit } from "./peek-rate-limit";

/** Throws the wait message when the client has used up the limit; counts nothing (for limits on failures). */
export async function checkIpLimit(name: IpLimitName, clientAddress: string): Promise<void> {
  const { key, limit } = ipLimit(name, clientAddress);
  const wait = await peekRateLimit(key, limit);
  if (wait > 0) throw ipLimitError(name, wait);
}

/** Counts one failure (a wrong code, a wrong password) without refusing this request: checkIpLimit refuses the next. */
export async function countIpLimit(name: IpLimitName, clientAddress: string): Promise<void> {
  const { key, limit, windowSeconds } = ipLimit(name, clientAddress);
  await hitRateLimit(key, limit, windowSeconds);
}

/** Counts one hit; throws the wait message when it is over the limit. */
export async function hitIpLimit(name: IpLimitName, clientAddress: string): Promise<void> {
  const { key, limit, windowSeconds } = ipLimit(name, clientAddress);
  const wait = await hitRateLimit(key, limit, windowSeconds);
  if (wait > 0) throw ipLimitError(name, wait);
}
