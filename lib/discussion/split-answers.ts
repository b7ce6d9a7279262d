// In a discussion a card is for something to read or answer: a choice question's group shows every student who
// chose it as a count, and cards only for those who wrote (text, a citation, a thread), plus the viewer's own
// answer so they can start a thread on it. The rest are named in one line.
import type { AnswerView, AuthorView } from "./view-types";

export function wroteSomething(a: AnswerView): boolean {
  return Boolean(a.text?.trim()) || a.citations.length > 0 || a.posts.length > 0;
}

export function splitAnswers(answers: AnswerView[]): { cards: AnswerView[]; silent: AuthorView[] } {
  const cards: AnswerView[] = [];
  const silent: AuthorView[] = [];
  for (const a of answers) {
    if (wroteSomething(a) || a.author.mine) cards.push(a);
    else silent.push(a.author);
  }
  return { cards, silent };
}

/** "43%" of the answers in the discussion; whole percents, so a 1-in-3 group reads 33%. */
export function shareOf(count: number, total: number): string {
  return total > 0 ? `${Math.round((count / total) * 100)}%` : "0%";
}
