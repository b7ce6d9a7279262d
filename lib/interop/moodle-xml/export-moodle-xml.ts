// A set as Moodle XML (Moodle's own question bank format). Moodle has no stimulus: each question's HTML text
// quotes its cited passages (stem.ts), and the citations and our type travel as Moodle tags
// (`passage-type:EVIDENCE`, `passage-cite:P.slug.p2-s1`). Types Moodle lacks are written as the nearest it has:
// evidence and attribution as multiple choice, cloze as short answer, short answers and debates as essays
// (model answer, keywords, rubric and sides in the grader information).
import { assertNever } from "@/lib/assert-never";
import { parseQuestion, type TypedQuestion } from "@/lib/questions/typed-question";
import type { InteropPassage, InteropQuestion, InteropSet } from "../model";
import { passageIdentifier } from "../qti/identifiers";
import { stemHtml } from "../stem";
import { el, escapeXml, xmlDocument, type XmlNode } from "../xml";

const fmt = (n: number) => String(Math.round(n * 10000000) / 10000000);
const text = (s: string) => el("text", {}, [s]);
const htmlField = (name: string, html: string) => el(name, { format: "html" }, [text(html)]);
const answer = (fraction: number, html: string) =>
  el("answer", { fraction: fmt(fraction), format: "html" }, [text(html), htmlField("feedback", "")]);

/** What is written for one question: its Moodle type, the stem's extra paragraph and the type's own elements. */
function body(
  q: InteropQuestion,
  t: TypedQuestion,
  passages: Map<string, InteropPassage>,
): { type: string; extra?: { cls: string; text: string }; prefix?: string; nodes: XmlNode[] } {
  const choices = (list: { id: string; text: string }[], correct: (id: string) => number) =>
    list.map((x) => answer(correct(x.id), escapeXml(x.text)));
  const multi = (single: boolean) => [
    el("single", {}, [String(single)]),
    el("shuffleanswers", {}, ["true"]),
    el("answernumbering", {}, ["abc"]),
  ];
  // SHORT_ANSWER and DEBATE: an essay, scored by a person; what a grader needs goes in the grader information.
  const essay = (grader: string, maxWords?: number) => ({
    type: "essay",
    nodes: [
      el("responseformat", {}, ["editor"]),
      el("responserequired", {}, ["1"]),
      el("responsefieldlines", {}, ["15"]),
      ...(maxWords ? [el("maxwordlimit", {}, [String(maxWords)])] : []),
      htmlField("graderinfo", `${grader}${q.rubric ? `<div class="rubric">${escapeXml(q.rubric)}</div>` : ""}`),
      htmlField("responsetemplate", ""),
    ],
  });
  switch (t.type) {
    case "SINGLE_CHOICE": {
      const k = t.answerKey;
      return {
        type: "multichoice",
        nodes: [...multi(true), ...choices(t.content.choices, (id) => (id === k.correct ? 100 : 0))],
      };
    }
    case "MULTIPLE_SELECT": {
      const right = new Set(t.answerKey.correct);
      const share = 100 / right.size;
      const wrong = t.content.choices.length - right.size;
      return {
        type: "multichoice",
        nodes: [
          ...multi(false),
          ...choices(t.content.choices, (id) => (right.has(id) ? share : wrong ? -100 / wrong : 0)),
        ],
      };
    }
    case "TRUE_FALSE": {
      const correct = t.answerKey.correct;
      return { type: "truefalse", nodes: [answer(correct ? 100 : 0, "true"), answer(correct ? 0 : 100, "false")] };
    }
    case "CLOZE":
      return {
        type: "shortanswer",
        prefix: `<p>${escapeXml(q.prompt)}</p><p><span class="before">${escapeXml(t.content.before)}</span>_____<span class="after">${escapeXml(t.content.after)}</span></p>`,
        nodes: [
          el("usecase", {}, [t.answerKey.caseSensitive ? "1" : "0"]),
          ...t.answerKey.accepted.map((a) => answer(100, escapeXml(a))),
        ],
      };
    case "EVIDENCE": {
      const right = new Set(t.answerKey.correct);
      return {
        type: "multichoice",
        extra: { cls: "claim", text: t.content.claim },
        nodes: [
          ...multi(right.size === 1),
          ...t.content.options.map((id) =>
            answer(right.has(id) ? 100 / right.size : 0, escapeXml(passages.get(id)?.text ?? id)),
          ),
        ],
      };
    }
    case "ATTRIBUTION": {
      const k = t.answerKey;
      return {
        type: "multichoice",
        extra: { cls: "statement", text: t.content.statement },
        nodes: [
          ...multi(true),
          ...t.content.essays.map((e) => answer(e.slug === k.correct ? 100 : 0, escapeXml(e.title))),
        ],
      };
    }
    case "ORDERING": {
      const items = new Map(t.content.items.map((x) => [x.id, x.text]));
      return {
        type: "ordering",
        nodes: [
          el("layouttype", {}, ["VERTICAL"]),
          el("selecttype", {}, ["ALL"]),
          el("gradingtype", {}, ["ABSOLUTE_POSITION"]),
          ...t.answerKey.order.map((id) => answer(0, escapeXml(items.get(id) ?? id))),
        ],
      };
    }
    case "SHORT_ANSWER": {
      const { modelAnswer, keywords } = t.answerKey;
      const maxWords = t.content.maxWords;
      return essay(
        `<p class="model-answer">${escapeXml(modelAnswer)}</p>${keywords.length ? `<p class="keywords">${escapeXml(keywords.join(", "))}</p>` : ""}${maxWords ? `<p class="max-words">${maxWords}</p>` : ""}`,
        maxWords,
      );
    }
    case "DEBATE":
      return essay(
        `<ul class="stances">${t.content.stances.map((s) => `<li>${escapeXml(s.text)}</li>`).join("")}</ul><p class="min-citations">${t.content.minCitations}</p>`,
      );
    default:
      return assertNever(t, "question type");
  }
}

export function exportMoodleXml(set: InteropSet): string {
  const passages = new Map(set.essays.flatMap((e) => e.passages.map((p) => [p.id, p] as const)));
  const title = (slug: string) => set.essays.find((e) => e.slug === slug)?.title ?? slug;
  const category = el("question", { type: "category" }, [
    el("category", {}, [text(`$course$/top/${set.title.replace(/[\n/]/g, " ")}`)]),
    htmlField("info", escapeXml(set.description ?? "")),
  ]);
  const questions = set.questions.map((q, i) => {
    const cited = q.passageIds.map((id) => passages.get(id)).filter((p): p is InteropPassage => !!p);
    const t = parseQuestion({ type: q.type, content: q.content, answerKey: q.answerKey });
    const b = body(q, t, passages);
    const stem = b.prefix
      ? `${b.prefix}${stemHtml("", cited, title).replace(/^<p><\/p>/, "")}`
      : stemHtml(q.prompt, cited, title, b.extra);
    const essayTags = t.type === "ATTRIBUTION" ? t.content.essays.map((e) => `passage-essay:${e.slug}`) : [];
    const tags = [
      `passage-type:${q.type}`,
      ...cited.map((p, n) => `passage-cite:${passageIdentifier(p, n)}`),
      ...essayTags,
    ];
    return el("question", { type: b.type }, [
      el("name", {}, [text(`Q${i + 1}`)]),
      htmlField("questiontext", stem),
      htmlField("generalfeedback", escapeXml(q.explanation ?? "")),
      el("defaultgrade", {}, [fmt(q.points ?? 1)]),
      el("penalty", {}, ["0"]),
      el("hidden", {}, ["0"]),
      el("idnumber", {}, []),
      ...b.nodes,
      el(
        "tags",
        {},
        tags.map((t) => el("tag", {}, [text(t)])),
      ),
    ]);
  });
  return xmlDocument(el("quiz", {}, [category, ...questions]));
}
