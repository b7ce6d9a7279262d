/** "Wait 15 minutes and try again." for a wait in seconds, rounded up to whole minutes. */
export function waitMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}
