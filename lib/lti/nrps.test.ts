import { describe, expect, it } from "vitest";
import { membershipContainer, nextPageUrl, planRoster, rosterSyncSummary } from "./nrps";

const M = "http://purl.imsglobal.org/vocab/lis/v2/membership";

describe("nextPageUrl", () => {
  const here = "https://lms.example/c/1/memberships?page=1";
  it("finds rel=next among other links and resolves it against the page", () => {
    expect(nextPageUrl('<https://lms.example/c/1/memberships?page=2>; rel="next"', here)).toBe(
      "https://lms.example/c/1/memberships?page=2",
    );
    expect(nextPageUrl('</c/1/memberships?page=0>; rel="prev", </c/1/memberships?page=2>; rel=next', here)).toBe(
      "https://lms.example/c/1/memberships?page=2",
    );
  });
  it("has no next page without a next link", () => {
    expect(nextPageUrl('<https://lms.example/diff>; rel="differences"', here)).toBeNull();
    expect(nextPageUrl(null, here)).toBeNull();
    expect(nextPageUrl("garbage", here)).toBeNull();
  });
});

describe("planRoster", () => {
  it("enrols learners by status, counts teachers and others apart, and takes a repeated member once", () => {
    const { members } = membershipContainer.parse({
      context: { id: "c1" },
      members: [
        { user_id: "t1", name: "Tea Cher", roles: [`${M}#Instructor`] },
        { user_id: "s1", given_name: "Ada", family_name: "Lovelace", roles: [`${M}#Learner`] },
        { user_id: "s2", name: "Ben", roles: ["Learner"], status: "Inactive" },
        { user_id: "s3", roles: [`${M}#Learner`], status: "Deleted" },
        { user_id: "m1", name: "Men Tor", roles: [`${M}#Mentor`] },
        { user_id: "s1", name: "Ada Lovelace", roles: [`${M}#Learner`], status: "Inactive" },
      ],
    });
    expect(planRoster(members)).toEqual({
      members: 5,
      teachers: ["t1"],
      others: 1,
      learners: [
        { sub: "s2", name: "Ben", status: "INACTIVE" },
        { sub: "s3", name: "LMS user", status: "REMOVED" },
        { sub: "s1", name: "Ada Lovelace", status: "INACTIVE" },
      ],
    });
  });

  it("refuses a member without a user id or with a status NRPS does not define", () => {
    expect(membershipContainer.safeParse({ context: { id: "c" }, members: [{ roles: [] }] }).success).toBe(false);
    expect(
      membershipContainer.safeParse({ context: { id: "c" }, members: [{ user_id: "x", status: "Gone" }] }).success,
    ).toBe(false);
  });
});

describe("rosterSyncSummary", () => {
  it("says what a sync did, leaving out what did not happen", () => {
    expect(rosterSyncSummary({ members: 12, enrolled: 10, added: 3, inactive: 1, removed: 0, skipped: 0 })).toBe(
      "12 members, 10 students enrolled, 3 new, 1 inactive",
    );
    expect(rosterSyncSummary({ members: 1, enrolled: 1, added: 0, inactive: 0, removed: 2, skipped: 1 })).toBe(
      "1 member, 1 student enrolled, 0 new, 2 removed, 1 not added (their Passage account is a teacher's)",
    );
  });
});
