import { describe, expect, it } from "vitest";
import { droppedMediaWarning, mediaInHtml } from "./dropped-media";

describe("media left out of an imported question's text", () => {
  it("finds pictures with their descriptions, formulas and clips", () => {
    expect(
      mediaInHtml('<p>Look:</p><img src="a.png" alt="A sign"><math><mi>x</mi></math><video src="v.mp4"></video>'),
    ).toEqual([{ tag: "img", alt: "A sign" }, { tag: "math" }, { tag: "video" }]);
  });

  it("reads GIFT's escaped attributes", () => {
    expect(mediaInHtml('<img src\\="@@PLUGINFILE@@/map.png" alt\\="Map of Kabul">')).toEqual([
      { tag: "img", alt: "Map of Kabul" },
    ]);
  });

  it("says nothing when there is nothing to leave out", () => {
    expect(mediaInHtml("<p>Plain <b>text</b> with an image-free <imgx> tag.</p>")).toEqual([]);
    expect(droppedMediaWarning([])).toBeNull();
  });

  it("names what was left out and asks the teacher to describe it", () => {
    expect(droppedMediaWarning([{ tag: "img", alt: "A sign" }])).toBe(
      "The question text had a picture (“A sign”), which we leave out: describe it in the question before saving, or students may not be able to answer.",
    );
    expect(droppedMediaWarning([{ tag: "img" }, { tag: "math" }])).toMatch(
      /^The question text had 2 pictures, formulas or media, which we leave out: describe them/,
    );
  });
});
