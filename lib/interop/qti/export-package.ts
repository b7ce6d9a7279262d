// A set as a QTI content package (zip): imsmanifest.xml, one item file per question, a test that lists them
// in order and, for QTI 3, one stimulus per essay whose paragraphs and sentences carry their anchors as ids.
// QTI 2.1 has no stimuli, so each item quotes its cited passages instead.
import { strToU8, zipSync } from "fflate";
import type { InteropEssay, InteropPassage, InteropSet } from "../model";
import { el, xmlDocument, type XmlNode } from "../xml";
import { buildItem, itemIdentifier, type ItemContext } from "./build-item";
import { toQti21, type Dialect } from "./dialect";
import { passageIdentifier, stimulusIdentifier } from "./identifiers";

const NS = {
  qti3: {
    item: "http://www.imsglobal.org/xsd/imsqtiasi_v3p0",
    cp: "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1",
    type: "v3p0",
  },
  qti21: {
    item: "http://www.imsglobal.org/xsd/imsqti_v2p1",
    cp: "http://www.imsglobal.org/xsd/imscp_v1p1",
    type: "v2p1",
  },
} as const;

function stimulus(e: InteropEssay, i: number): XmlNode {
  const paragraphs = new Map<number, InteropPassage[]>();
  for (const p of [...e.passages].sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence))
    paragraphs.set(p.paragraph, [...(paragraphs.get(p.paragraph) ?? []), p]);
  const body = [...paragraphs.values()].map((ps) => {
    const para = ps.find((p) => p.sentence === 0);
    const sentences = ps.filter((p) => p.sentence > 0);
    const id = para ? passageIdentifier(para, i) : undefined;
    if (sentences.length === 0) return el("p", { id }, para?.text ?? "");
    return el(
      "p",
      { id },
      sentences
        .flatMap((s, j) => [j ? " " : "", el("span", { id: passageIdentifier(s, j) }, s.text)])
        .filter((x) => x !== ""),
    );
  });
  return el(
    "qti-assessment-stimulus",
    {
      xmlns: NS.qti3.item,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": `${NS.qti3.item} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd`,
      identifier: stimulusIdentifier(e.slug, i),
      title: e.title,
    },
    el(
      "qti-stimulus-body",
      {},
      el("div", { class: "passage-essay" }, e.author ? el("p", { class: "passage-author" }, e.author) : null, body),
    ),
  );
}

const resource = (
  dialect: Dialect,
  kind: "item" | "test" | "stimulus",
  identifier: string,
  href: string,
  deps: string[] = [],
) =>
  el(
    "resource",
    { identifier: `R.${identifier}`, type: `imsqti_${kind}_xml${NS[dialect].type}`, href },
    el("file", { href }),
    deps.map((d) => el("dependency", { identifierref: `R.${d}` })),
  );

/** The package's files, name → XML text (exported for tests and for validation). */
export function qtiPackageFiles(set: InteropSet, dialect: Dialect): Map<string, string> {
  const passages = new Map(set.essays.flatMap((e) => e.passages.map((p) => [p.id, p] as const)));
  const essayIdx = new Map(set.essays.map((e, i) => [e.slug, i]));
  const ctx: ItemContext = {
    dialect,
    passage: (id) => passages.get(id),
    essayIndex: (s) => essayIdx.get(s) ?? 0,
    essayTitle: (s) => set.essays.find((e) => e.slug === s)?.title ?? s,
  };
  const rename = (n: XmlNode) => (dialect === "qti21" ? toQti21(n) : n);
  const files = new Map<string, string>();
  const resources: XmlNode[] = [];
  if (dialect === "qti3")
    set.essays.forEach((e, i) => {
      files.set(`stimuli/${e.slug}.xml`, xmlDocument(stimulus(e, i)));
      resources.push(resource(dialect, "stimulus", stimulusIdentifier(e.slug, i), `stimuli/${e.slug}.xml`));
    });
  const refs: XmlNode[] = [];
  set.questions.forEach((q, i) => {
    const id = itemIdentifier(i + 1);
    const item = buildItem(q, i + 1, ctx);
    files.set(`items/${id}.xml`, xmlDocument(rename(item)));
    const slugs =
      dialect === "qti3"
        ? [...new Set(q.passageIds.map((p) => passages.get(p)?.essaySlug).filter((s): s is string => !!s))]
        : [];
    resources.push(
      resource(
        dialect,
        "item",
        id,
        `items/${id}.xml`,
        slugs.map((s) => stimulusIdentifier(s, ctx.essayIndex(s))),
      ),
    );
    refs.push(el("qti-assessment-item-ref", { identifier: id, href: `items/${id}.xml` }));
  });
  const test = el(
    "qti-assessment-test",
    { xmlns: NS[dialect].item, identifier: "TEST", title: set.title },
    el(
      "qti-test-part",
      { identifier: "PART", "navigation-mode": "nonlinear", "submission-mode": "individual" },
      el("qti-assessment-section", { identifier: "SECTION", title: set.title, visible: "true" }, refs),
    ),
  );
  files.set("test.xml", xmlDocument(rename(test)));
  resources.push(
    resource(
      dialect,
      "test",
      "TEST",
      "test.xml",
      set.questions.map((_, i) => itemIdentifier(i + 1)),
    ),
  );
  const manifest = el(
    "manifest",
    { xmlns: NS[dialect].cp, identifier: "MANIFEST" },
    el(
      "metadata",
      {},
      el("schema", {}, dialect === "qti3" ? "QTI Package" : "QTIv2.1 Package"),
      el("schemaversion", {}, dialect === "qti3" ? "3.0.0" : "1.0.0"),
    ),
    el("organizations"),
    el("resources", {}, resources),
  );
  files.set("imsmanifest.xml", xmlDocument(manifest));
  return files;
}

/** The package as zip bytes. */
export function exportQtiPackage(set: InteropSet, dialect: Dialect): Uint8Array {
  const files = qtiPackageFiles(set, dialect);
  return zipSync(Object.fromEntries([...files].map(([name, xml]) => [name, strToU8(xml)])), {
    level: 6,
    mtime: new Date("2020-01-01T00:00:00Z"),
  });
}
