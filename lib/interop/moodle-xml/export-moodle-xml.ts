// A set as Moodle XML (Moodle's own question bank format). Moodle has no stimulus: each question's HTML text
// quotes its cited passages (stem.ts), and the citations and our type travel as Moodle tags
// (`passage-type:EVIDENCE`, `passage-cite:P.slug.p2-s1`). Types Moodle lacks are written as the nearest it has:
// evidence and attribution as multiple choice, cloze as short answer, short answers and debates as essays
// (model answer, keywords, rubric and sides in the grader information).
import type { InteropPassage, InteropQuestion, InteropSet } from "../model";
import { passageIdentifier } from "../qti/identifiers";
import { stemHtml } from "../stem";
import { el, escapeXml, xmlDocument, type XmlNode } from "../xml";

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated by lib/questions/schema before export
const fmt = (n: number) => String(Math.round(n * 10000000) / 10000000);
const text = (s: string) => el("text", {}, [s]);
const htmlField = (name: string, html: string) => el(name, { format: "html" }, [text(html)]);
const answer = (fraction: number, html: string) =>
  el("answer", { fraction: fmt(fraction), format: "html" }, [text(html), htmlField("feedback", "")]);

/** What is written for one question: its Moodle type, the stem's extra paragraph and the type's own elements. */
function body(
  q: InteropQuestion,
  passages: Map<string, InteropPassage>,
): { type: string; extra?: { cls: string; text: string }; prefix?: string; nodes: XmlNode[] } {
  const c = (q.content ?? {}) as Any;
  const k = (q.answerKey ?? {}) as Any;
  const choices = (list: { id: string; text: string }[], correct: (id: string) => number) =>
    list.map((x) => answer(correct(x.id), escapeXml(x.text)));
  const multi = (single: boolean) => [
    el("single", {}, [String(single)]),
    el("shuffleanswers", {}, ["true"]),
    el("answernumbering", {}, ["abc"]),
  ];
  switch (q.type) {
    case "SINGLE_CHOICE":
      return {
        type: "multichoice",
        nodes: [...multi(true), ...choices(c.choices, (id) => (id === k.correct ? 100 : 0))],
      };
    case "MULTIPLE_SELECT": {
      const right = new Set(k.correct as string[]);
      const share = 100 / right.size;
      const wrong = (c.choices as unknown[]).length - right.size;
      return {
        type: "multichoice",
        nodes: [...multi(false), ...choices(c.choices, (id) => (right.has(id) ? share : wrong ? -100 / wrong : 0))],
      };
    }
    case "TRUE_FALSE":
      return { type: "truefalse", nodes: [answer(k.correct ? 100 : 0, "true"), answer(k.correct ? 0 : 100, "false")] };
    case "CLOZE":
      return {
        type: "shortanswer",
        prefix: `<p>${escapeXml(q.prompt)}</p><p><span class="before">${escapeXml(c.before)}</span>_____<span class="after">${escapeXml(c.after)}</span></p>`,
        nodes: [
          el("usecase", {}, [k.caseSensitive ? "1" : "0"]),
          ...(k.accepted as string[]).map((a) => answer(100, escapeXml(a))),
        ],
      };
    case "EVIDENCE": {
      const right = new Set(k.correct as string[]);
      return {
        type: "multichoice",
        extra: { cls: "claim", text: c.claim },
        nodes: [
          ...multi(right.size === 1),
          ...(c.options as string[]).map((id) =>
            answer(right.has(id) ? 100 / right.size : 0, escapeXml(passages.get(id)?.text ?? id)),
          ),
        ],
      };
    }
    case "ATTRIBUTION":
      return {
        type: "multichoice",
        extra: { cls: "statement", text: c.statement },
        nodes: [
          ...multi(true),
          ...(c.essays as { slug: string; title: string }[]).map((e) =>
            answer(e.slug === k.correct ? 100 : 0, escapeXml(e.title)),
          ),
        ],
      };
    case "ORDERING": {
      const items = new Map((c.items as { id: string; text: string }[]).map((x) => [x.id, x.text]));
      return {
        type: "ordering",
        nodes: [
          el("layouttype", {}, ["VERTICAL"]),
          el("selecttype", {}, ["ALL"]),
          el("gradingtype", {}, ["ABSOLUTE_POSITION"]),
          ...(k.order as string[]).map((id) => answer(0, escapeXml(items.get(id) ?? id))),
        ],
      };
    }
    default: {
      // SHORT_ANSWER and DEBATE: an essay, scored by a person.
      const grader =
        q.type === "DEBATE"
          ? `<ul class="stances">${(c.stances as { id: string; text: string }[]).map((s) => `<li>${escapeXml(s.text)}</li>`).join("")}</ul><p class="min-citations">${c.minCitations ?? 1}</p>`
          : `<p class="model-answer">${escapeXml(k.modelAnswer ?? "")}</p>${(k.keywords as string[] | undefined)?.length ? `<p class="keywords">${escapeXml((k.keywords as string[]).join(", "))}</p>` : ""}${c.maxWords ? `<p class="max-words">${c.maxWords}</p>` : ""}`;
      return {
        type: "essay",
        nodes: [
          el("responseformat", {}, ["editor"]),
          el("responserequired", {}, ["1"]),
          el("responsefieldlines", {}, ["15"]),
          ...(c.maxWords ? [el("maxwordlimit", {}, [String(c.maxWords)])] : []),
          htmlField("graderinfo", `${grader}${q.rubric ? `<div class="rubric">${escapeXml(q.rubric)}</div>` : ""}`),
          htmlField("responsetemplate", ""),
        ],
      };
    }
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
    const b = body(q, passages);
    const stem = b.prefix
      ? `${b.prefix}${stemHtml("", cited, title).replace(/^<p><\/p>/, "")}`
      : stemHtml(q.prompt, cited, title, b.extra);
    const essayTags =
      q.type === "ATTRIBUTION"
        ? ((q.content as Any).essays as { slug: string }[]).map((e) => `passage-essay:${e.slug}`)
        : [];
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
