// Calls a server action over real HTTP exactly as the browser does: a POST to a page that uses the action,
// with the `Next-Action: <id>` header and the arguments encoded by React's own reply encoder (a JSON string
// for plain arguments, multipart form data as soon as one argument is a FormData). Action ids come from the
// build's server-reference manifest, which names each id's file and export.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { APIRequestContext } from "@playwright/test";

// Next's bundled copy of React's Flight client: the encoder the browser runs, so the bytes are the real ones.
const flight = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

export type ActionRef = {
  id: string;
  file: string;
  name: string;
  /** an app route whose page can run the action, e.g. /sets/[setId] */ page: string;
};

/** Every server action of the build (.next-test unless NEXT_DIST_DIR says otherwise), keyed `file#export`. */
export function loadActions(distDir = process.env.NEXT_DIST_DIR ?? ".next-test"): Map<string, ActionRef> {
  type Entry = { workers: Record<string, unknown>; filename: string; exportedName: string };
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, Entry> };
  const out = new Map<string, ActionRef>();
  for (const [id, e] of Object.entries(manifest.node)) {
    // "app/(auth)/sign-up/page" → "/sign-up"
    const worker = Object.keys(e.workers).find((w) => w.endsWith("/page"));
    if (!worker) throw new Error(`server action ${e.filename}#${e.exportedName} is used by no page`);
    const page =
      "/" +
      worker
        .split("/")
        .slice(1, -1)
        .filter((s) => !/^\(.*\)$/.test(s))
        .join("/");
    out.set(`${e.filename}#${e.exportedName}`, {
      id,
      file: e.filename,
      name: e.exportedName,
      page: page === "/" ? "/" : page.replace(/\/$/, ""),
    });
  }
  return out;
}

export type ActionResponse = {
  status: number;
  /** where a `redirect()` in the action sends the browser (Next's x-action-redirect header), path only */
  redirect?: string;
  /** the action's return value (undefined for a void action or after a redirect) */
  value?: unknown;
  /** true when the action threw: Next answers 500 and the page shows the error boundary */
  threw: boolean;
  body: string;
};

/** POSTs `args` to the action as `ctx`'s session; `url` is the absolute URL of a page that uses the action. */
export async function callAction(
  ctx: APIRequestContext,
  ref: ActionRef,
  url: string,
  args: unknown[],
  opts: { rawBody?: string | FormData } = {},
): Promise<ActionResponse> {
  const encoded = opts.rawBody ?? (await flight.encodeReply(args));
  // A browser always sends Origin with a POST; Next compares it with Host to refuse cross-site actions.
  const headers: Record<string, string> = {
    "next-action": ref.id,
    accept: "text/x-component",
    origin: new URL(url).origin,
  };
  const res = await ctx.post(url, {
    headers: typeof encoded === "string" ? { ...headers, "content-type": "text/plain;charset=UTF-8" } : headers,
    ...(typeof encoded === "string" ? { data: encoded } : { multipart: encoded }),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await res.text();
  const location = res.headers()["x-action-redirect"];
  const redirect = location ? location.split(";")[0] : undefined;
  const threw = res.status() >= 500 || /^\d+:E\{/m.test(body);
  return { status: res.status(), redirect, value: redirect || threw ? undefined : actionValue(body), threw, body };
}

/** The action's return value from a Flight response: row 0 is `{"a":"$@<row>",…}`, that row holds the value. */
export function actionValue(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1]!, m[2]!);
  }
  const root = rows.get("0");
  if (!root) return undefined;
  const resolve = (v: unknown): unknown => {
    if (typeof v === "string") {
      if (v.startsWith("$$")) return v.slice(1);
      if (v === "$undefined") return undefined;
      const ref = /^\$@?([0-9a-f]+)$/.exec(v);
      if (ref && rows.has(ref[1]!)) return resolve(JSON.parse(rows.get(ref[1]!)!));
      return v;
    }
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
    return v;
  };
  const parsed = JSON.parse(root) as { a?: unknown };
  return "a" in parsed ? resolve(parsed.a) : undefined;
}
