import { describe, expect, it } from "vitest";
import { passageRole } from "./passage-role";

const M = "http://purl.imsglobal.org/vocab/lis/v2/membership";

describe("passageRole", () => {
  it("maps teaching membership roles to instructor and learners to student", () => {
    expect(passageRole([`${M}#Instructor`])).toBe("INSTRUCTOR");
    expect(passageRole([`${M}#ContentDeveloper`])).toBe("INSTRUCTOR");
    expect(passageRole([`${M}/Instructor#TeachingAssistant`])).toBe("INSTRUCTOR");
    expect(passageRole([`${M}#Learner`])).toBe("STUDENT");
    expect(passageRole(["Learner"])).toBe("STUDENT");
    expect(passageRole([`${M}#Learner`, `${M}#Instructor`])).toBe("INSTRUCTOR");
  });

  it("ignores institution roles and gives no role to mentors or an empty list", () => {
    expect(passageRole(["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor"])).toBeNull();
    expect(passageRole(["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor", `${M}#Learner`])).toBe(
      "STUDENT",
    );
    expect(passageRole([`${M}#Mentor`])).toBeNull();
    expect(passageRole([])).toBeNull();
  });

  it("does not take a look-alike URI for a membership role", () => {
    expect(passageRole([`https://evil.example/membership#Instructor`])).toBeNull();
    expect(passageRole([`${M}x#Instructor`])).toBeNull();
  });
});
