// Aiken (Moodle's simplest format): a question line, options "A." or "A)", then "ANSWER: B". Single choice
// only; a block that does not follow the pattern is reported with its line, the others still import.
import { indexPassages } from "../citations";
import { finishQuestion } from "../finish-question";
import { InteropError, type ImportResult, type ImportedQuestion, type InteropPassage, type Unmapped } from "../model";
import { checkUpload, decodeText } from "../upload";

export function importAiken(
  bytes: Uint8Array,
  name: string,
  opts: { passages?: readonly InteropPassage[] } = {},
): ImportResult {
  if (checkUpload(bytes, name) !== "text") throw new InteropError(`“${name}” is not an Aiken text file.`);
  const lines = decodeText(bytes, name).replace(/\r\n?/g, "\n").split("\n");
  const index = indexPassages(opts.passages ?? []);
  const questions: ImportedQuestion[] = [];
  const unmapped: Unmapped[] = [];
  let stem: string[] = [];
  let options: { letter: string; text: string }[] = [];
  let start = 1;
  const reset = (i: number) => ((stem = []), (options = []), (start = i + 2));
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return stem.length ? undefined : void (start = i + 2);
    const opt = /^([A-Z])[.)]\s+(.+)$/.exec(line);
    const answer = /^ANSWER:\s*([A-Z])\s*$/i.exec(line);
    const source = `question at line ${start}`;
    if (answer) {
      const letter = answer[1]!.toUpperCase();
      if (!stem.length || options.length < 2)
        unmapped.push({ source, reason: "An ANSWER line without a question and at least two options." });
      else if (!options.some((o) => o.letter === letter))
        unmapped.push({ source, reason: `The answer ${letter} is not one of the options.` });
      else {
        const r = finishQuestion(
          {
            type: "SINGLE_CHOICE",
            prompt: stem.join(" "),
            content: { choices: options.map((o) => ({ id: o.letter.toLowerCase(), text: o.text })) },
            answerKey: { correct: letter.toLowerCase() },
            explanation: "",
            points: 1,
            rubric: null,
            hints: [{ text: stem.join(" ") }],
            warnings: [],
          },
          source,
          index,
        );
        if ("reason" in r) unmapped.push(r);
        else questions.push({ ...r, hints: [] });
      }
      reset(i);
    } else if (opt && stem.length) options.push({ letter: opt[1]!, text: opt[2]!.trim() });
    else if (options.length) {
      unmapped.push({ source, reason: `Line ${i + 1} is neither an option nor an ANSWER line.` });
      reset(i);
    } else if (line) stem.push(line);
  });
  if (stem.length || options.length)
    unmapped.push({ source: `question at line ${start}`, reason: "The last question has no ANSWER line." });
  if (!questions.length && !unmapped.length) throw new InteropError(`“${name}” has no Aiken questions in it.`);
  return { format: "aiken", questions, stimuli: [], unmapped, warnings: [] };
}
