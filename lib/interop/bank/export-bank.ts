// A set as a downloadable file in one of the export formats: the bytes, a file name and a content type.
import { fileSlug } from "@/lib/csv/write-csv";
import { exportGift } from "../gift/export-gift";
import type { InteropSet } from "../model";
import { exportMoodleXml } from "../moodle-xml/export-moodle-xml";
import { exportQtiPackage } from "../qti/export-package";

export const EXPORT_FORMATS = {
  qti3: { label: "QTI 3.0 package (.zip)", suffix: "-qti3.zip", type: "application/zip" },
  qti21: { label: "QTI 2.1 package (.zip, Canvas)", suffix: "-qti21.zip", type: "application/zip" },
  moodle: { label: "Moodle XML (.xml)", suffix: "-moodle.xml", type: "application/xml; charset=utf-8" },
  gift: { label: "GIFT (.gift.txt)", suffix: ".gift.txt", type: "text/plain; charset=utf-8" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const isExportFormat = (s: string): s is ExportFormat => Object.hasOwn(EXPORT_FORMATS, s);

export function exportBank(
  set: InteropSet,
  format: ExportFormat,
): { filename: string; type: string; body: Uint8Array } {
  const f = EXPORT_FORMATS[format];
  const body =
    format === "qti3" || format === "qti21"
      ? exportQtiPackage(set, format)
      : new TextEncoder().encode(format === "gift" ? exportGift(set) : exportMoodleXml(set));
  return { filename: `${fileSlug(set.title)}${f.suffix}`, type: f.type, body };
}
