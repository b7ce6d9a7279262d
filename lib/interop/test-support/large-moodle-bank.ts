// Test support: a Moodle XML bank of the size a real one reaches. Moodle embeds each question's images in the
// export (`<file encoding="base64">` beside the question text), so a bank of a few dozen illustrated questions is
// megabytes. Every question is single choice citing a passage of a built-in essay, so all of them import.
import { randomBytes } from "node:crypto";

const CITE = "P.moscows-geopolitical-gamble.p1-s1";

/** `questions` single-choice questions, each with a random (incompressible) image of `imageBytes`. */
export function largeMoodleBank(opts: { questions: number; imageBytes: number; tag: string }): Buffer {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'];
  parts.push(
    `<question type="category"><category><text>$course$/Large bank ${opts.tag}</text></category></question>\n`,
  );
  for (let i = 1; i <= opts.questions; i++) {
    const image = randomBytes(opts.imageBytes).toString("base64");
    parts.push(
      `<question type="multichoice">
  <name><text>Figure question ${i} ${opts.tag}</text></name>
  <questiontext format="html">
    <text><![CDATA[<p>Large bank ${opts.tag}: what does figure ${i} show about Moscow's move?</p><p><img src="@@PLUGINFILE@@/figure-${i}.png" alt="Figure ${i}"></p>]]></text>
    <file name="figure-${i}.png" path="/" encoding="base64">${image}</file>
  </questiontext>
  <defaultgrade>1</defaultgrade>
  <single>true</single>
  <shuffleanswers>true</shuffleanswers>
  <answernumbering>abc</answernumbering>
  <answer fraction="100" format="html"><text>It recognised them (${i})</text></answer>
  <answer fraction="0" format="html"><text>It sanctioned them (${i})</text></answer>
  <tags><tag><text>passage-cite:${CITE}</text></tag></tags>
</question>
`,
    );
  }
  parts.push("</quiz>\n");
  return Buffer.from(parts.join(""), "utf8");
}
