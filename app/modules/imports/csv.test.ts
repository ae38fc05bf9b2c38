import { describe, expect, it } from "vitest";
import { csvCell, parseCsv, toCsv } from "./csv";

function records(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`unclosed quote on row ${result.row}`);
  return result.records;
}

describe("parseCsv", () => {
  it("reads rows and cells, numbering rows from 1", () => {
    expect(records("a,b,c\n1,2,3\n")).toEqual([
      { row: 1, cells: ["a", "b", "c"] },
      { row: 2, cells: ["1", "2", "3"] },
    ]);
  });

  it("accepts CRLF, LF and CR line ends, with or without a final line break", () => {
    const expected = [
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1", "2"] },
    ];
    expect(records("a,b\r\n1,2\r\n")).toEqual(expected);
    expect(records("a,b\n1,2")).toEqual(expected);
    expect(records("a,b\r1,2\r")).toEqual(expected);
  });

  it("reads quoted cells with commas, doubled quotes and line breaks", () => {
    expect(records('name,note\r\n"Sato, Ltd.","He said ""hi""\r\nand left"\r\nx,y\r\n')).toEqual([
      { row: 1, cells: ["name", "note"] },
      { row: 2, cells: ["Sato, Ltd.", 'He said "hi"\r\nand left'] },
      { row: 3, cells: ["x", "y"] },
    ]);
  });

  it("skips blank lines but counts them as spreadsheet rows", () => {
    expect(records("a,b\n\n1,2\n,\n\n3,4\n")).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 3, cells: ["1", "2"] },
      { row: 6, cells: ["3", "4"] },
    ]);
  });

  it("keeps empty cells, including a trailing one", () => {
    expect(records("a,,c,\n")).toEqual([{ row: 1, cells: ["a", "", "c", ""] }]);
    expect(records('"",x')).toEqual([{ row: 1, cells: ["", "x"] }]);
  });

  it("drops a byte order mark", () => {
    expect(records("\ufeffname\nA")).toEqual([
      { row: 1, cells: ["name"] },
      { row: 2, cells: ["A"] },
    ]);
  });

  it("keeps text after a closing quote, as Excel does", () => {
    expect(records('"ab"c,d')).toEqual([{ row: 1, cells: ["abc", "d"] }]);
  });

  it("reports the row where an unclosed quote starts", () => {
    expect(parseCsv('a,b\n1,2\n"open,3\n4,5\n')).toEqual({ ok: false, row: 3 });
  });

  it("reads an empty file as no records", () => {
    expect(records("")).toEqual([]);
    expect(records("\r\n\r\n")).toEqual([]);
  });
});

describe("writing CSV", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("writes a BOM and CRLF, and reads back what it wrote", () => {
    const text = toCsv([
      ["a", "b"],
      ["1,2", "line\nbreak"],
    ]);
    expect(text.startsWith("\ufeffa,b\r\n")).toBe(true);
    expect(records(text).map((record) => record.cells)).toEqual([
      ["a", "b"],
      ["1,2", "line\nbreak"],
    ]);
  });
});
