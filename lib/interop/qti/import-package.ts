// Reads a QTI 3.0 or 2.1 package (zip with imsmanifest.xml) or a single item file. Items are found through
// the manifest's resources (any file with an item root when there is no manifest); stimuli become
// ImportedStimulus entries. Everything is checked (size, magic bytes, zip limits, DOCTYPE) before parsing.
import { InteropError, type ImportResult, type ImportedQuestion, type ImportedStimulus } from "../model";
import { checkUpload, decodeText, safeUnzip } from "../upload";
import { childrenNamed, descendants, localName, parseXml, textOf, type XmlNode } from "../xml";
import { fromQti21 } from "./dialect";
import { readItem, type ReadOptions } from "./read-item";

/** Root in QTI 3 names, and which version it was. */
function normalise(root: XmlNode): { node: XmlNode; dialect: "qti3" | "qti21" } {
  const strip = (n: XmlNode): XmlNode => ({
    name: localName(n.name),
    attrs: n.attrs,
    children: n.children.map((c) => (typeof c === "string" ? c : strip(c))),
  });
  return localName(root.name).startsWith("qti-")
    ? { node: strip(root), dialect: "qti3" }
    : { node: fromQti21(root), dialect: "qti21" };
}

function resolvePath(base: string, href: string): string {
  const parts = base.split("/").slice(0, -1);
  for (const seg of href.split(/[?#]/)[0]!.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg && seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export function importQti(bytes: Uint8Array, name: string, opts: ReadOptions = {}): ImportResult {
  const kind = checkUpload(bytes, name);
  if (kind === "text") throw new InteropError(`“${name}” is not a QTI package or XML file.`);
  const files = kind === "zip" ? safeUnzip(bytes) : new Map([[name.split("/").pop()!, bytes]]);
  const warnings: string[] = [];
  const parsed = new Map<string, XmlNode>();
  const parse = (path: string) => {
    if (!parsed.has(path)) {
      const data = files.get(path);
      if (!data) return undefined;
      parsed.set(path, parseXml(decodeText(data, path), path));
    }
    return parsed.get(path);
  };

  let itemPaths: string[];
  let stimulusPaths: string[] = [];
  const manifest = parse("imsmanifest.xml");
  if (manifest) {
    const resources = descendants(manifest, "resource");
    const paths = (re: RegExp) =>
      resources
        .filter((r) => re.test(r.attrs.type ?? "") && r.attrs.href)
        .map((r) => r.attrs.href!.replace(/^\.\//, ""));
    itemPaths = paths(/^imsqti_item_xmlv[23]p/);
    stimulusPaths = paths(/^imsqti_stimulus_xmlv3p/);
    for (const p of [...itemPaths, ...stimulusPaths])
      if (!files.has(p)) warnings.push(`The manifest lists ${p}, which is not in the archive.`);
    const ignored = resources.filter(
      (r) => /^imsqti_/.test(r.attrs.type ?? "") && !/item|stimulus|test|section/.test(r.attrs.type ?? ""),
    );
    if (ignored.length) warnings.push(`${ignored.length} resources of other kinds were skipped.`);
  } else {
    itemPaths = [...files.keys()].filter((p) => p.toLowerCase().endsWith(".xml"));
    if (kind === "zip") warnings.push("The archive has no imsmanifest.xml; every XML file in it was tried as an item.");
  }

  const questions: ImportedQuestion[] = [];
  const unmapped: ImportResult["unmapped"] = [];
  const stimuli: ImportedStimulus[] = [];
  let format: "qti3" | "qti21" | undefined;
  const addStimulus = (node: XmlNode) => {
    const paragraphs = descendants(node, "p").map(textOf).filter(Boolean);
    stimuli.push({
      identifier: node.attrs.identifier ?? `S${stimuli.length + 1}`,
      title: node.attrs.title ?? "",
      paragraphs,
    });
  };
  for (const path of stimulusPaths) {
    const root = parse(path);
    if (root) addStimulus(normalise(root).node);
  }
  for (const path of itemPaths) {
    const root = parse(path);
    if (!root) continue;
    const { node, dialect } = normalise(root);
    format ??= dialect;
    if (node.name === "qti-assessment-stimulus") {
      addStimulus(node);
      continue;
    }
    if (node.name !== "qti-assessment-item") {
      if (kind === "zip" && !manifest) continue; // a test or other file beside the items
      throw new InteropError(`${path} is a ${node.name.replace(/^qti-/, "")}, not an assessment item.`);
    }
    const source = node.attrs.identifier ?? path;
    // A stimulus the item references is read even when the manifest forgot it.
    for (const ref of childrenNamed(node, "qti-assessment-stimulus-ref")) {
      const p = ref.attrs.href ? resolvePath(path, ref.attrs.href) : "";
      if (p && !stimulusPaths.includes(p) && files.has(p)) {
        stimulusPaths.push(p);
        addStimulus(normalise(parse(p)!).node);
      }
    }
    const r = readItem(node, source, opts);
    if ("reason" in r) unmapped.push(r);
    else questions.push(r);
  }
  if (!format) throw new InteropError(`“${name}” has no QTI items in it.`);
  return { format, questions, stimuli, unmapped, warnings };
}
