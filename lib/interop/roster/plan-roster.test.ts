import { describe, expect, it } from "vitest";
import { parseRoster } from "./parse-roster";
import { planRoster, type KnownAddress } from "./plan-roster";

describe("planRoster", () => {
  const csv =
    "Name,Email\nAda,ada@x.org\nBo,bo@x.org\nCy,cy@x.org\nDee,dee@x.org\nEd,teacher@x.org\nFay,not-mail\nAda again,ada@x.org\n";
  const accounts = new Map<string, KnownAddress>([
    ["ada@x.org", { role: "STUDENT", userId: "u1", enrolled: false }],
    ["bo@x.org", { role: "STUDENT", userId: "u2", enrolled: true }],
    ["teacher@x.org", { role: "INSTRUCTOR", userId: "u3", enrolled: false }],
  ]);

  it("says what happens to each row, in file order, errors included", () => {
    const plan = planRoster(parseRoster(csv), accounts, new Set(["dee@x.org"]));
    expect(plan.rows.map((r) => [r.row, r.status])).toEqual([
      [2, "enrol"],
      [3, "enrolled"],
      [4, "invite"],
      [5, "invited"],
      [6, "error"],
      [7, "error"],
      [8, "error"],
    ]);
    expect(plan.rows[4]).toMatchObject({
      message: "teacher@x.org is an instructor account; only students can be enrolled.",
    });
    expect(plan.rows[6]).toMatchObject({ message: "ada@x.org appears twice; the first row is kept." });
    expect(plan.counts).toEqual({ enrol: 1, enrolled: 1, invite: 1, invited: 1, error: 3 });
  });
});
