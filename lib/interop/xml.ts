// XML in and out for every XML format here. Parsing refuses any DOCTYPE (so no entity expansion, internal or
// external: XXE and "billion laughs" never reach the parser) and keeps element order, which mixed content
// (a cloze sentence around its blank) needs.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InteropError } from "./model";

export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlChild[] };
export type XmlChild = XmlNode | string;

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An element to serialise. Children that are strings are text (escaped on output). */
export const el = (
  name: string,
  attrs: Record<string, string | number | boolean | undefined | null> = {},
  ...children: (XmlChild | XmlChild[] | null | undefined | false)[]
): XmlNode => ({
  name,
  attrs: Object.fromEntries(
    Object.entries(attrs)
      .filter(([, v]) => v !== undefined && v !== null && v !== false)
      .map(([k, v]) => [k, String(v)]),
  ),
  children: children.flat().filter((c): c is XmlChild => c !== null && c !== undefined && c !== false),
});

export function serialize(node: XmlNode, indent = ""): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  if (node.children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  // Mixed content keeps its whitespace exactly; element-only content is indented for readers.
  if (node.children.some((c) => typeof c === "string")) {
    const inner = node.children.map((c) => (typeof c === "string" ? escapeXml(c) : serialize(c))).join("");
    return `${indent}<${node.name}${attrs}>${inner}</${node.name}>`;
  }
  const inner = node.children.map((c) => serialize(c as XmlNode, indent + "  ")).join("\n");
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}

export const xmlDocument = (root: XmlNode) => `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  commentPropName: "#comment",
});

type Raw = Record<string, unknown>;
function convert(items: Raw[]): XmlChild[] {
  const out: XmlChild[] = [];
  for (const item of items) {
    if ("#text" in item) out.push(String(item["#text"]));
    else if ("#comment" in item || "?xml" in item) continue;
    else {
      const name = Object.keys(item).find((k) => k !== ":@")!;
      if (name.startsWith("?")) continue;
      const attrs = (item[":@"] ?? {}) as Record<string, string>;
      out.push({ name, attrs, children: convert(item[name] as Raw[]) });
    }
  }
  return out;
}

/** Parses one XML document; refuses a DOCTYPE or entity declaration and anything that is not well-formed. */
export function parseXml(text: string, what = "The file"): XmlNode {
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new InteropError(
      `${what} declares a DOCTYPE or entities, which we do not accept (they can read files or expand without limit). Export it again without one.`,
    );
  let raw: Raw[];
  try {
    const v = XMLValidator.validate(text);
    if (v !== true) throw new InteropError(`${what} is not well-formed XML (line ${v.err.line}: ${v.err.msg}).`);
    raw = parser.parse(text) as Raw[];
  } catch (e) {
    if (e instanceof InteropError) throw e;
    throw new InteropError(`${what} is not well-formed XML (${(e as Error).message}).`);
  }
  const root = convert(raw).find((c): c is XmlNode => typeof c !== "string");
  if (!root) throw new InteropError(`${what} has no XML root element.`);
  return root;
}

/** The element name without its namespace prefix. */
export const localName = (n: string) => n.slice(n.indexOf(":") + 1);
export const elements = (n: XmlNode): XmlNode[] => n.children.filter((c): c is XmlNode => typeof c !== "string");
export const child = (n: XmlNode, name: string) => elements(n).find((c) => localName(c.name) === name);
export const childrenNamed = (n: XmlNode, name: string) => elements(n).filter((c) => localName(c.name) === name);
/** Every descendant element with this local name, document order. */
export function descendants(n: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of elements(n)) {
    if (localName(c.name) === name) out.push(c);
    out.push(...descendants(c, name));
  }
  return out;
}
/** The text of a node, whitespace collapsed; block elements separated by a space. */
export function textOf(n: XmlChild): string {
  const raw = (function walk(x: XmlChild): string {
    return typeof x === "string" ? x : x.children.map(walk).join(localName(x.name).match(/^(p|div|li|br)$/) ? " " : "");
  })(n);
  return raw.replace(/\s+/g, " ").trim();
}
