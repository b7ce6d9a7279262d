// One item tree, two spellings: QTI 3 writes `qti-choice-interaction response-identifier=…`, QTI 2.1
// `choiceInteraction responseIdentifier=…` and has no content-body wrappers. Items are built in QTI 3 names and
// renamed here for 2.1; the importer renames 2.1 to 3 the same way, so one reader serves both.
import type { XmlChild, XmlNode } from "../xml";

export type Dialect = "qti3" | "qti21";

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const keepAttr = (k: string) =>
  k.includes(":") ||
  k === "class" ||
  k === "id" ||
  k === "href" ||
  k === "title" ||
  k === "identifier" ||
  k === "src" ||
  k === "alt";

/** QTI 3 names → QTI 2.1 names; `qti-content-body` (3 only) is unwrapped into its parent. */
export function toQti21(n: XmlNode): XmlNode {
  const children: XmlChild[] = [];
  for (const c of n.children) {
    if (typeof c === "string") children.push(c);
    else if (c.name === "qti-content-body") children.push(...toQti21(c).children);
    else children.push(toQti21(c));
  }
  const isQti = n.name.startsWith("qti-");
  return {
    name: isQti ? camel(n.name.slice(4)) : n.name,
    // `use` on a rubric block is new in QTI 3.
    attrs: Object.fromEntries(
      Object.entries(n.attrs)
        .filter(([k]) => !(n.name === "qti-rubric-block" && k === "use"))
        .map(([k, v]) => [keepAttr(k) || !isQti ? k : camel(k), v]),
    ),
    children,
  };
}

// Lower-case QTI 2.1 element names that are not HTML (HTML elements keep their names in both versions).
const HTML = new Set(
  "a abbr acronym address b bdo big blockquote br caption cite code col colgroup dd dfn div dl dt em h1 h2 h3 h4 h5 h6 hr i img kbd li object ol p param pre q samp small span strong sub sup table tbody td tfoot th thead tr tt ul var video audio source track figure figcaption math".split(
    " ",
  ),
);

/** QTI 2.1 names → QTI 3 names (for reading). Namespace prefixes are dropped. */
export function fromQti21(n: XmlNode): XmlNode {
  const local = n.name.slice(n.name.indexOf(":") + 1);
  const isQti = !HTML.has(local);
  return {
    name: isQti ? `qti-${kebab(local)}` : local,
    attrs: Object.fromEntries(Object.entries(n.attrs).map(([k, v]) => [isQti && !k.includes(":") ? kebab(k) : k, v])),
    children: n.children.map((c) => (typeof c === "string" ? c : fromQti21(c))),
  };
}
