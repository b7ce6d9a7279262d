import { describe, expect, it } from "vitest";
import { parseRoster } from "./parse-roster";

describe("parseRoster", () => {
  it("reads a Google Classroom export", () => {
    const r = parseRoster(
      '\uFEFF"Last Name","First Name","Email Address"\r\n"Okafor","Ada","ADA@school.org"\r\n"Lee","Min","min@school.org"\r\n',
    );
    expect(r).toEqual({
      students: [
        { name: "Ada Okafor", email: "ada@school.org", row: 2 },
        { name: "Min Lee", email: "min@school.org", row: 3 },
      ],
      errors: [],
    });
  });

  it("reads SIS header variants and “Last, First” names, with an error per bad row", () => {
    const r = parseRoster(
      'Student Name,E-mail,Grade\n"Rossi, Luca",luca@x.edu,9\nNo Mail,,9\nBad,not-an-email,9\n"Rossi, L",LUCA@x.edu,9\n',
    );
    expect(r.students).toEqual([{ name: "Luca Rossi", email: "luca@x.edu", row: 2 }]);
    expect(r.errors).toEqual([
      { row: 3, message: "No e-mail address." },
      { row: 4, message: "“not-an-email” is not an e-mail address." },
      { row: 5, message: "luca@x.edu appears twice; the first row is kept." },
    ]);
  });

  it("reads Given Name / Family Name and a bare list without a header", () => {
    expect(parseRoster("Given Name;Family Name;Student Email\nAna;Silva;ana@x.org\n").students).toEqual([
      { name: "Ana Silva", email: "ana@x.org", row: 2 },
    ]);
    expect(parseRoster("Ana Silva,ana@x.org\nbo@x.org\n").students.map((s) => s.email)).toEqual([
      "ana@x.org",
      "bo@x.org",
    ]);
  });

  it("says what is missing when there is no e-mail column", () => {
    expect(parseRoster("Name,Grade\nAna,9\n").errors).toEqual([
      { row: 1, message: "No e-mail column: add a header such as “Email Address”." },
    ]);
  });

  it("reads “First Name,Last Name,Email Address”, “name,email”, semicolons, a BOM and CRLF alike", () => {
    const shapes = [
      "First Name,Last Name,Email Address\nAda,Okafor,ada@x.org\n",
      "name,email\nAda Okafor,ada@x.org\n",
      "\uFEFFFirst Name;Last Name;Email Address\r\nAda;Okafor;ada@x.org\r\n",
      '"Email Address","Full Name"\r\n"ADA@X.ORG","Okafor, Ada"\r\n',
    ];
    for (const csv of shapes)
      expect(parseRoster(csv)).toEqual({ students: [{ name: "Ada Okafor", email: "ada@x.org", row: 2 }], errors: [] });
  });

  it("refuses a row whose name column is empty, but names a bare list of addresses after the address", () => {
    expect(parseRoster("name,email\n,ada@x.org\nBo,bo@x.org\n")).toEqual({
      students: [{ name: "Bo", email: "bo@x.org", row: 3 }],
      errors: [{ row: 2, message: "No name for ada@x.org." }],
    });
    expect(parseRoster("ada@x.org\n").students).toEqual([{ name: "ada", email: "ada@x.org", row: 1 }]);
  });
});
