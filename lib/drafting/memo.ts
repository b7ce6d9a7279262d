/**
 * Memoises a pure function of a string. Tagging with compromise is the slow part of drafting and the same
 * sentences are tagged many times per call (and again on the next call for the same essay). Bounded, so a
 * long-running server does not grow without end.
 */
export function memoByText<T>(fn: (text: string) => T, max = 4000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    const value = fn(text);
    if (cache.size >= max) cache.clear();
    cache.set(text, value);
    return value;
  };
}
