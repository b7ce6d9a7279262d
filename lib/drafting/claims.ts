// A claim for an evidence question, condensed from a sentence with compromise: contractions are
// expanded, discourse openers ("But", "And", "Of course,") and -ly intensifiers go, and a long sentence
// keeps its main clause (up to a semicolon or colon). The student then has to recognise the idea
// rather than find the same string. It stays close to the source by design: an editor rewords it.
import nlp from "compromise";

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** The head of a long sentence, when the part before its first clause break is a claim of its own. */
function mainClause(text: string): string {
  const cut = /[;:]/.exec(text); // not dashes: they often open an aside that closes later in the sentence
  if (!cut || words(text) < 18) return text;
  const head = text.slice(0, cut.index).trim();
  return words(head) >= 6 ? head : text;
}

export function claimFrom(sentence: string): string {
  const doc = nlp(sentence);
  // Only negatives ("won’t" → "will not"): "Washington’s policy" would otherwise become "Washington is policy".
  // (match() is typed as the base view, but at runtime it carries the same plugins as `doc`.)
  (doc.match("#Modal? #Auxiliary? #Copula? #Negative") as typeof doc).contractions().expand();
  doc.remove("^(#Conjunction|of course|then|thus|so)+");
  // -ly adverbs are manner and degree ("formally", "decisively"); "only"/"early" change meaning, so they stay.
  doc.remove(doc.match("#Adverb").if("/ly$/").not("(only|early|likely|largely|partly|nearly)"));
  let text = doc
    .text()
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/^[,;:\s—-]+/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  text = mainClause(text).replace(/[,.;:!?\s]+$/, "");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
