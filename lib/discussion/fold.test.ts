import { describe, expect, it } from "vitest";
import { findThread, foldGeneral, foldThread, pageGroup, moreCards } from "./fold";
import type { AnswerGroup, AnswerView, PostView } from "./view-types";

const post = (id: string, replies: PostView[] = [], pinned = false): PostView => ({
  id,
  author: { label: `Author ${id}`, mine: false, instructor: false },
  body: `Body ${id}`,
  createdAt: "2026-11-27T10:00:00.000Z",
  hidden: false,
  pinned,
  deleted: false,
  stance: null,
  citations: [],
  reactions: [],
  reportedByMe: false,
  replies,
});
const answer = (id: string, posts: PostView[] = [], text: string | null = "wrote"): AnswerView => ({
  responseId: id,
  author: { label: `Student ${id}`, mine: false, instructor: false },
  text,
  stanceId: null,
  citations: [],
  reactions: [],
  posts,
});
const list = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => post(`${prefix}${i + 1}`));

describe("foldThread", () => {
  it("keeps a short thread whole", () => {
    expect(foldThread(list("p", 3))).toMatchObject({ earlier: 0, posts: [{ id: "p1" }, { id: "p2" }, { id: "p3" }] });
  });

  it("keeps pinned posts and the latest two of a long thread, counting the rest", () => {
    const { posts, earlier } = foldThread([post("pin", [], true), ...list("p", 6)]);
    expect(posts.map((p) => p.id)).toEqual(["pin", "p5", "p6"]);
    expect(earlier).toBe(4);
  });

  it("folds replies of replies the same way", () => {
    const { posts } = foldThread([post("a", list("r", 5))]);
    expect(posts[0]!.replies.map((p) => p.id)).toEqual(["r4", "r5"]);
    expect(posts[0]!.earlier).toBe(3);
  });

  it("shows the general discussion's latest 20 posts", () => {
    const { posts, earlier } = foldGeneral(list("g", 22));
    expect(earlier).toBe(2);
    expect(posts[0]!.id).toBe("g3");
  });
});

describe("pageGroup and moreCards", () => {
  const group: AnswerGroup = {
    key: "k",
    label: "Written answers",
    answers: [
      ...Array.from({ length: 8 }, (_, i) => answer(`a${i + 1}`, list(`a${i + 1}-r`, 4))),
      answer("silent", [], null),
    ],
  };

  it("sends the first four cards, folded, and counts the rest; silent answers are named", () => {
    const page = pageGroup(group);
    expect(page.count).toBe(9);
    expect(page.cards.map((a) => a.responseId)).toEqual(["a1", "a2", "a3", "a4"]);
    expect(page.cards[0]!.posts).toHaveLength(2);
    expect(page.cards[0]!.earlier).toBe(2);
    expect(page.more).toBe(4);
    expect(page.silent.map((s) => s.label)).toEqual(["Student silent"]);
  });

  it("loads the remaining cards after the first ones", () => {
    expect(moreCards(group, 4).map((a) => a.responseId)).toEqual(["a5", "a6", "a7", "a8"]);
  });
});

describe("findThread", () => {
  const nested = post("n", list("deep", 5));
  const groups: AnswerGroup[] = [{ key: "k", label: "L", answers: [answer("r1", [...list("x", 5), nested])] }];
  const general = list("g", 3);

  it("finds an answer's whole thread, a post's replies and the general discussion", () => {
    expect(findThread(groups, general, "response:r1")!.map((p) => p.id)).toEqual(["x1", "x2", "x3", "x4", "x5", "n"]);
    expect(findThread(groups, general, "post:n")).toHaveLength(5);
    expect(findThread(groups, general, "general")).toHaveLength(3);
  });

  it("folds the nested replies of what it returns", () => {
    const thread = findThread(groups, general, "response:r1")!;
    expect(thread.at(-1)!.replies).toHaveLength(2);
    expect(thread.at(-1)!.earlier).toBe(3);
  });

  it("returns null for a thread that is not there", () => {
    expect(findThread(groups, general, "response:nope")).toBeNull();
    expect(findThread(groups, general, "post:nope")).toBeNull();
  });
});
