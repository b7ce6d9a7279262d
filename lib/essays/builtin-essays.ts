/** Metadata and body extraction for the essays shipped in content/essays (verbatim copies of the source files). */
export type EssayRecord = {
  slug: string;
  title: string;
  titleInSource: boolean;
  author: string | null;
  authorNote: string | null;
  source: string | null;
  sourceNote: string | null;
  body: string;
};

export type BuiltinEssay = { slug: string; file: string; parse: (raw: string) => EssayRecord };

const lines = (raw: string) => raw.replace(/\r\n/g, "\n").split("\n");

export const BUILTIN_ESSAYS: BuiltinEssay[] = [
  {
    slug: "russia-taliban-engagement",
    file: "russia-taliban-engagement.txt",
    // The source has no title, byline or publisher; it opens with a stray space, which we trim.
    parse: (raw) => ({
      slug: "russia-taliban-engagement",
      title: "Russia’s Engagement with the Taliban",
      titleInSource: false,
      author: null,
      authorNote: null,
      source: null,
      sourceNote: null,
      body: raw.trim(),
    }),
  },
  {
    slug: "moscows-geopolitical-gamble",
    file: "moscows-geopolitical-gamble.txt",
    // Line 1 title, line 2 byline, then the argument; the author's note and two publisher lines close it.
    parse: (raw) => {
      const all = lines(raw.trim());
      const title = all[0]!.trim();
      const author = all[1]!.replace(/^By\s+/, "").trim();
      const tail = all.slice(-3);
      return {
        slug: "moscows-geopolitical-gamble",
        title,
        titleInSource: true,
        author,
        authorNote: tail[0]!.trim(),
        source: "AISS",
        sourceNote: tail.slice(1).join("\n").trim(),
        body: all.slice(2, -3).join("\n").trim(),
      };
    },
  },
];
