import { describe, expect, it } from "vitest";
import { headerAuthLinks, signInHref, signUpHref } from "./auth-links";

const links = (path: string) => {
  const url = new URL(path, "http://x.test");
  return headerAuthLinks(url.pathname, url.searchParams);
};

describe("the header's sign-in and sign-up links", () => {
  it("keep the join link the sign-in and sign-up pages carry", () => {
    expect(links("/sign-in?callbackUrl=%2Fjoin%2FDEMO42")).toEqual({
      signIn: "/sign-in?callbackUrl=%2Fjoin%2FDEMO42",
      signUp: "/sign-up?next=%2Fjoin%2FDEMO42",
    });
    expect(links("/sign-up?next=%2Fjoin%2FDEMO42").signIn).toBe("/sign-in?callbackUrl=%2Fjoin%2FDEMO42");
  });

  it("lead back to the page the visitor was reading, query included", () => {
    expect(links("/essays/russia-taliban-engagement?view=plain")).toEqual({
      signIn: "/sign-in?callbackUrl=%2Fessays%2Frussia-taliban-engagement%3Fview%3Dplain",
      signUp: "/sign-up?next=%2Fessays%2Frussia-taliban-engagement%3Fview%3Dplain",
    });
  });

  it("lead nowhere in particular from the home page, bare auth pages or a destination on another site", () => {
    const plain = { signIn: "/sign-in", signUp: "/sign-up" };
    expect(links("/")).toEqual(plain);
    expect(links("/sign-in")).toEqual(plain);
    expect(links("/sign-up")).toEqual(plain);
    expect(links("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F")).toEqual(plain);
    expect(links("/sign-in?callbackUrl=%2F%5Cevil.example")).toEqual(plain);
  });
});

describe("the sign-in and sign-up cross-links", () => {
  it("carry the destination, encoded, or none", () => {
    expect(signInHref("/join/DEMO42")).toBe("/sign-in?callbackUrl=%2Fjoin%2FDEMO42");
    expect(signUpHref("/join/DEMO42")).toBe("/sign-up?next=%2Fjoin%2FDEMO42");
    expect(signInHref()).toBe("/sign-in");
    expect(signUpHref(undefined)).toBe("/sign-up");
  });
});
