// A QTI 3 player outside the app: 1EdTech-conformant web components by Cito (@citolab/qti-components, pinned
// devDependency), loaded from their self-contained browser bundle into a static page this helper serves through
// Playwright's routing, on a host of its own. Nothing is fetched from the network: any other request is refused
// and recorded, so a test can assert the player ran offline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";

const PKG = join(process.cwd(), "node_modules/@citolab/qti-components");
export const PLAYER_ORIGIN = "http://qti-player.test";

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>QTI 3 player</title>
    <link rel="stylesheet" href="/item.css" />
    <script type="module">
      import { qtiTransformItem } from "/qti-components.js";
      // The item loaded from the package by the player's own transformer (which resolves the stimulus and other
      // relative references against the item's URL), then rendered by its custom elements.
      window.loadItem = async (href) => {
        const host = document.getElementById("item");
        host.innerHTML = (await qtiTransformItem().load(href)).html();
        const item = host.querySelector("qti-assessment-item");
        await customElements.whenDefined("qti-assessment-item");
        await item.updateComplete;
        return item.identifier;
      };
      // What the player computes for the responses given so far (its response processing, run by itself).
      window.score = () => {
        const item = document.querySelector("qti-assessment-item");
        item.processResponse();
        const value = (id) => item.getOutcome(id)?.value ?? null;
        return { score: Number(value("SCORE")), maxScore: Number(value("MAXSCORE")), response: item.variables.find((v) => v.identifier === "RESPONSE")?.value ?? null };
      };
      window.playerReady = true;
    </script>
  </head>
  <body>
    <main id="item"></main>
  </body>
</html>`;

/** Opens the player page with a package's files under /package/; returns the requests it made: those served (paths)
 *  and those refused (anything not on the player's host, or not a file of the page). */
export async function openPlayer(page: Page, pkg: Map<string, string>) {
  const outside: string[] = [];
  const served: string[] = [];
  const files: Record<string, { body: string | Buffer; type: string }> = {
    ...Object.fromEntries([...pkg].map(([name, xml]) => [`/package/${name}`, { body: xml, type: "application/xml" }])),
    "/": { body: PAGE, type: "text/html" },
    "/qti-components.js": { body: readFileSync(join(PKG, "cdn/index.js")), type: "text/javascript" },
    "/item.css": { body: readFileSync(join(PKG, "dist/item.css")), type: "text/css" },
  };
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === PLAYER_ORIGIN ? files[url.pathname] : undefined;
    if (!file) {
      outside.push(url.href);
      return route.abort();
    }
    served.push(url.pathname);
    await route.fulfill({ status: 200, contentType: file.type, body: file.body });
  });
  await page.goto(`${PLAYER_ORIGIN}/`);
  await page.waitForFunction(() => (window as unknown as { playerReady?: boolean }).playerReady === true);
  return { outside, served };
}

/** Renders one item of the package (its path in the package) in the player; resolves once its elements are
 *  upgraded, with the item's identifier. */
export const loadItem = (page: Page, name: string) =>
  page.evaluate(
    (href) => (window as unknown as { loadItem: (href: string) => Promise<string> }).loadItem(href),
    `/package/${name}`,
  );

/** The player's SCORE (and MAXSCORE, and its RESPONSE variable) after its own response processing. */
export const playerScore = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { score: () => { score: number; maxScore: number; response: string | string[] | null } }
    ).score(),
  );
