import "server-only";

export function debateStances(content: unknown): { id: string; text: string }[] {
  const s = (content as { stances?: unknown } | null)?.stances;
  return Array.isArray(s) ? (s as { id: string; text: string }[]) : [];
}
