// Rule-based sentence boundaries for one paragraph. Measured against compromise, wink-nlp, sbd and
// Intl.Segmenter on tests/fixtures/sentences (see docs/decisions/0020-sentence-splitter.md): explicit rules
// win because the cases that matter here are few and nameable, and a rule that is wrong can be read and fixed.
//
// A boundary follows a terminator (. ? ! … or 。！？), any closing quotes or brackets right after it, and
// whitespace, when the next word starts like a sentence: upper-case, a digit, an opening quote or ¿ ¡. A full
// stop after a known abbreviation, an initial or a list number is not a boundary. Chinese and Japanese
// terminators need no whitespace after them.

const TERMINATORS = new Set([".", "?", "!", "…", "。", "！", "？"]);
const CJK_TERMINATORS = new Set(["。", "！", "？"]);
const CLOSERS = new Set(['"', "'", "”", "’", "“", "»", "›", ")", "]", "」", "』", "）", "】"]);
const OPENERS = new Set(['"', "'", "“", "‘", "«", "‹", "„", "(", "[", "¿", "¡", "「", "『", "•", "–", "-"]);
const SPACE = /\s/;

// A full stop after these never ends a sentence (titles before a name, Latin short forms).
const NEVER_FINAL = new Set(
  "mr mrs ms dr prof st gen col capt lt sgt rev hon messrs sen gov rep mme mlle sr sra srta jr vs cf viz approx".split(
    " ",
  ),
);
// Before a number these are references ("No. 10", "p. 42", "Jan. 15"), not sentence ends.
const BEFORE_NUMBER = new Set(
  "no nos p pp vol art sec ch fig figs jan feb mar apr jun jul aug sep sept oct nov dec ca c".split(" "),
);
// These can end a sentence; they do when the next word is a usual sentence opener ("… Acme Inc. The price").
const MAYBE_FINAL = new Set("etc inc ltd co corp bros".split(" "));
const MONTHS = new Set(
  (
    "january february march april may june july august september october november december " +
    "januar februar märz april mai juni juli oktober dezember"
  ).split(" "),
);
const OPENER_WORDS = new Set(
  (
    "the a an he she it they we i you this that these those there then but and or so yet in on at for if when " +
    "while as after before since although though its his her their our my your what why how who where which " +
    "nobody no not some many most all each every one such still however moreover thus hence meanwhile " +
    "nevertheless indeed yes later today now only"
  ).split(" "),
);

const isLetter = (c: string) => /\p{L}/u.test(c);
const isLower = (c: string) => isLetter(c) && c !== c.toUpperCase() && c === c.toLowerCase();
const isDigit = (c: string) => c >= "0" && c <= "9";
const isHiragana = (c: string) => c >= "\u3040" && c <= "\u309f";

/** The word that ends at `end` (exclusive), without opening quotes or brackets before it. */
function wordBefore(para: string, end: number): { word: string; start: number } {
  let start = end;
  while (start > 0 && !SPACE.test(para[start - 1]!)) start--;
  while (start < end && OPENERS.has(para[start]!)) start++;
  let word = para.slice(start, end);
  while (word && CLOSERS.has(word.at(-1)!)) word = word.slice(0, -1);
  return { word, start };
}

/** The word that starts at `at`, past opening quotes and brackets. */
function wordAfter(para: string, at: number): string {
  let i = at;
  while (i < para.length && OPENERS.has(para[i]!)) i++;
  let j = i;
  while (j < para.length && isLetter(para[j]!)) j++;
  return para.slice(i, j);
}

/** Whether a full stop ending `word` (the word before it) lets a sentence end before `next`. */
function periodEnds(word: string, next: string, atSentenceStart: boolean): boolean {
  const lower = word.toLowerCase();
  const nextIsNumber = isDigit(next[0] ?? "");
  const nextWord = next.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && nextIsNumber) return false;
  // Initials ("J. R. R. Tolkien", "M. Myriel", "z. B."): a single letter.
  if (/^\p{L}$/u.test(word)) return false;
  // A list number or letter opening the sentence: "1. Read the essay."
  if (atSentenceStart && /^(\d{1,3}|[ivxlc]{1,5})$/i.test(word)) return false;
  // A day before a month, as German writes dates: "am 9. November".
  if (/^\d{1,2}$/.test(word) && MONTHS.has(nextWord)) return false;
  // Dotted short forms ("U.S.", "p.m.", "Ph.D.") and "etc.", "Inc.": a boundary only before a usual opener.
  const dotted = /^(\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word);
  if (dotted || MAYBE_FINAL.has(lower)) return OPENER_WORDS.has(nextWord);
  return true;
}

/** Start offsets of every sentence after the first (positions of the first non-space character). */
export function sentenceStarts(para: string): number[] {
  const starts: number[] = [];
  let sentenceStart = 0;
  while (sentenceStart < para.length && SPACE.test(para[sentenceStart]!)) sentenceStart++;
  const n = para.length;
  for (let i = 0; i < n; i++) {
    const c = para[i]!;
    // A dash that breaks off speech ("you—” “You did.”) ends a sentence like a full stop.
    const dashStop = c === "—" && (para[i + 1] === "”" || para[i + 1] === '"');
    if (!TERMINATORS.has(c) && !dashStop) continue;
    const stop = i;
    let j = i + 1;
    // The whole run: "?!", "...", "....", and a spaced ellipsis ". . .".
    while (j < n && (TERMINATORS.has(para[j]!) || (para[j] === " " && para[j + 1] === "." && c === "."))) j++;
    const run = para.slice(i, j).replace(/ /g, "");
    const runEnd = j;
    const last = run.at(-1)!;
    // Closing quotes and brackets belong to the sentence, as does a French closing guillemet after a space.
    for (;;) {
      if (j < n && CLOSERS.has(para[j]!)) j++;
      else if (SPACE.test(para[j] ?? "x") && (para[j + 1] === "»" || para[j + 1] === "›")) j += 2;
      else break;
    }
    // A footnote mark right after the stop: "disputed.2 Several", "common.[3] It".
    if (!isDigit(para[stop - 1] ?? "")) {
      const mark = /^(\[\d{1,3}\]|\d{1,3})(?=\s)/.exec(para.slice(j));
      if (mark) j += mark[0].length;
    }
    let k = j;
    while (k < n && SPACE.test(para[k]!)) k++;
    const next = para.slice(k);
    i = j - 1;
    if (k >= n) break;
    const cjk = CJK_TERMINATORS.has(last);
    if (k === j && !cjk) continue; // "U.S.A", "2.5", "True!—nervous": no space, no boundary
    if (cjk && k === j && j > runEnd && isHiragana(para[k]!)) continue; // 「行きます。」と言った: the quote goes on
    // The next sentence must start like one: past any opening quote, not a lower-case letter.
    let f = k;
    while (f < n && (OPENERS.has(para[f]!) || (f > k && SPACE.test(para[f]!)))) f++;
    const first = para[f] ?? "";
    const startsLikeSentence =
      (isLetter(first) && !isLower(first)) || isDigit(first) || /^[a-z]+[A-Z]/.test(para.slice(f, f + 12));
    if (!startsLikeSentence) continue;
    if (run === ".") {
      const { word, start } = wordBefore(para, stop);
      if (!periodEnds(word, wordAfter(para, k) || next, start === sentenceStart)) continue;
    }
    starts.push(k);
    sentenceStart = k;
  }
  return starts;
}
