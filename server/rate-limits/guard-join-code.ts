import "server-only";
import { checkIpLimit, countIpLimit } from "./check-ip-limit";

/**
 * Looks a join code up (class or live) under the per-IP limit on wrong codes. While the client is over it, every
 * code is refused, right ones too: otherwise the refusal itself would tell a guesser which codes are right. Only
 * wrong codes count, so a class typing the right code from one school address never trips it.
 */
export async function guardJoinCode<T>(
  clientAddress: string,
  lookup: () => Promise<T>,
  isWrong: (found: T) => boolean,
): Promise<T> {
  await checkIpLimit("joinCode", clientAddress);
  const found = await lookup();
  if (isWrong(found)) await countIpLimit("joinCode", clientAddress);
  return found;
}
