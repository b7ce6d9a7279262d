import nlp from "compromise";
import { memoByText } from "./memo";

/**
 * One compromise parse per sentence, shared by every feature read from it (entities, noun phrases,
 * content words, how it opens): parsing is most of the drafter's cost. Callers must only read the
 * document; anything that edits text (claims.ts) parses its own copy.
 */
export const parse = memoByText((text: string) => nlp(text), 2000);
