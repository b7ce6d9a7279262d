// Choosing a span of the essay with the keyboard alone (decision 0060): in "select with keys" mode a caret
// sits on a word; arrows move it by word (left/right) or by sentence (up/down), and with Shift they extend the
// selection from where it started. The same span then goes to the annotate form a mouse or touch selection
// goes to, so every input ends in one path.

export type Word = { start: number; end: number; sentence: number };
export type KeySelection = { anchor: number; focus: number };

/** Every word (a run of non-space characters) inside the essay's sentences, in order, with its sentence's index. */
export function wordsOf(body: string, sentences: { start: number; end: number }[]): Word[] {
  const words: Word[] = [];
  sentences.forEach((s, i) => {
    const re = /\S+/g;
    const text = body.slice(s.start, s.end);
    for (let m = re.exec(text); m; m = re.exec(text))
      words.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: i });
  });
  return words;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/** The selection after one key press, or null when the key is not one of ours. */
export function moveSelection(sel: KeySelection, key: string, shift: boolean, words: Word[]): KeySelection | null {
  if (words.length === 0) return null;
  const last = words.length - 1;
  let to: number;
  switch (key) {
    case "ArrowRight":
      to = sel.focus + 1;
      break;
    case "ArrowLeft":
      to = sel.focus - 1;
      break;
    case "ArrowDown": {
      // extending: to the end of this sentence, then sentence by sentence; moving: to the next sentence's start
      const end = lastOf(words, sel.focus);
      if (shift) to = sel.focus < end ? end : end + 1 <= last ? lastOf(words, end + 1) : last;
      else to = end + 1 <= last ? end + 1 : last;
      break;
    }
    case "ArrowUp": {
      // to the start of this sentence, or of the one before when already there
      const first = firstOf(words, sel.focus);
      to = sel.focus > first || first === 0 ? first : firstOf(words, first - 1);
      break;
    }
    case "Home":
      to = 0;
      break;
    case "End":
      to = last;
      break;
    default:
      return null;
  }
  to = clamp(to, last);
  return shift ? { anchor: sel.anchor, focus: to } : { anchor: to, focus: to };
}

/** The first word of word `i`'s sentence. */
function firstOf(words: Word[], i: number): number {
  let j = i;
  while (j > 0 && words[j - 1]!.sentence === words[i]!.sentence) j--;
  return j;
}

/** The last word of word `i`'s sentence. */
function lastOf(words: Word[], i: number): number {
  const s = words[i]!.sentence;
  let j = i;
  while (j + 1 < words.length && words[j + 1]!.sentence === s) j++;
  return j;
}

/** The essay offsets the selection covers (first word's start to last word's end). */
export function selectionSpan(sel: KeySelection, words: Word[]): { start: number; end: number } | null {
  const a = words[Math.min(sel.anchor, sel.focus)];
  const b = words[Math.max(sel.anchor, sel.focus)];
  return a && b ? { start: a.start, end: b.end } : null;
}
