/** How an essay is named to people: untitled sources get their descriptive title marked as such. */
export function essayByline(e: { author: string | null; authorNote: string | null; source: string | null }): string {
  const who = e.authorNote ?? e.author ?? "Author not given in the source";
  return e.source ? `${who} · ${e.source}` : who;
}
