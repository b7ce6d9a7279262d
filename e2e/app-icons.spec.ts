import { expect, test } from "./support/fixtures";

// A browser asks for /favicon.ico on every page and a phone's "Add to home screen" reads the manifest and its
// icons: each must exist and be what it says it is.
test("every page links a favicon, an apple-touch icon and a web app manifest whose icons exist", async ({
  page,
  request,
}) => {
  await page.goto("/essays");
  const hrefs = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("link[rel]")].map((l) => [l.getAttribute("rel"), l.getAttribute("href")]),
    ),
  );
  expect(hrefs["manifest"]).toBe("/manifest.webmanifest");
  expect(hrefs["apple-touch-icon"]).toBe("/apple-touch-icon.png");

  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  // An ICO file: reserved 0, type 1.
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);

  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.short_name).toBe("Passage");
  expect(manifest.display).toBe("standalone");
  for (const src of ["/apple-touch-icon.png", ...manifest.icons.map((i: { src: string }) => i.src)]) {
    const res = await request.get(src);
    expect(res.status(), src).toBe(200);
    expect(res.headers()["content-type"], src).toMatch(/^image\/(png|svg\+xml)/);
  }
});
