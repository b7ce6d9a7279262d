import "server-only";

/** Open live streams one account may hold per live session on this app server; a projector and a phone or
 *  two fit, a script holding hundreds does not (one held 300). */
export const MAX_STREAMS_PER_ACCOUNT = 5;

const open = new Map<string, Set<() => void>>();

/**
 * Registers an open stream of `userId` in `sessionId` and closes the oldest of theirs past the cap (the newest tab
 * is the one in use). Returns the function that unregisters it when the stream ends.
 */
export function capLiveStreams(userId: string, sessionId: string, close: () => void): () => void {
  const key = `${userId}\u0000${sessionId}`;
  const streams = open.get(key) ?? new Set();
  open.set(key, streams);
  streams.add(close);
  while (streams.size > MAX_STREAMS_PER_ACCOUNT) {
    const oldest = streams.values().next().value!;
    streams.delete(oldest);
    oldest();
  }
  return () => {
    streams.delete(close);
    if (streams.size === 0 && open.get(key) === streams) open.delete(key);
  };
}
