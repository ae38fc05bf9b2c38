import { describe, expect, it } from "vitest";
import { findColumn } from "./columns";
import { MAX_ROWS, readCsvRows, readJsonRows, readUpload } from "./source";

describe("headers", () => {
  it("match case-insensitively, trimmed, with Japanese aliases and spaces as underscores", () => {
    expect(findColumn("COMPANIES", " Name ")).toBe("name");
    expect(findColumn("COMPANIES", "会社名")).toBe("name");
    expect(findColumn("COMPANIES", "Employees Band")).toBe("employees_band");
    expect(findColumn("CHALLENGES", "会社名")).toBe("company_name");
    expect(findColumn("CHALLENGES", "期間（月）")).toBe("duration_months");
    expect(findColumn("PROFESSIONALS", "ＥＭＡＩＬ")).toBe("email");
    expect(findColumn("PROFESSIONALS", "company_name")).toBeNull();
  });
});

describe("readCsvRows", () => {
  it("keys cells by canonical column; absent optional columns are empty", () => {
    const result = readCsvRows(
      "会社名,Prefecture,市区町村,業種,従業員数\nA社,長野,松本市,E,1-9\n",
      "COMPANIES",
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          values: {
            name: "A社",
            prefecture: "長野",
            municipality: "松本市",
            industry: "E",
            employees_band: "1-9",
            founded_year: "",
            website: "",
            description: "",
            owner_email: "",
          },
        },
      ],
    });
  });

  it("reports unknown, repeated and missing columns on the header row", () => {
    const result = readCsvRows("name,name,prefectur,industry,employees_band\n", "COMPANIES");
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 1, field: "name", message: "imports.errors.duplicateColumn" },
        { row: 1, field: "prefectur", message: "imports.errors.unknownColumn" },
        { row: 1, field: "prefecture", message: "imports.errors.missingColumn" },
        { row: 1, field: "municipality", message: "imports.errors.missingColumn" },
      ],
    });
  });

  it("ignores columns with an empty header", () => {
    const result = readCsvRows("email,,name\na@example.jp,x,A\n", "PROFESSIONALS");
    expect(result.ok && result.rows[0]!.values).toMatchObject({ email: "a@example.jp", name: "A" });
  });

  it("refuses an empty file and more rows than the limit", () => {
    expect(readCsvRows("", "COMPANIES")).toEqual({
      ok: false,
      errors: [{ row: 0, field: "", message: "imports.errors.empty" }],
    });
    const big = `email,name\n${"a@example.jp,A\n".repeat(MAX_ROWS + 1)}`;
    expect(readCsvRows(big, "PROFESSIONALS")).toEqual({
      ok: false,
      errors: [
        { row: 0, field: "", message: "imports.errors.tooManyRows", vars: { max: MAX_ROWS } },
      ],
    });
  });

  it("reports an unclosed quote", () => {
    expect(readCsvRows('email,name\na@example.jp,"A\n', "PROFESSIONALS")).toEqual({
      ok: false,
      errors: [{ row: 2, field: "", message: "imports.errors.unclosedQuote" }],
    });
  });
});

describe("readJsonRows", () => {
  it("reads an array of objects, numbering rows from 1 and joining arrays with |", () => {
    const result = readJsonRows(
      JSON.stringify([
        { email: "a@example.jp", name: "A", regions: ["長野県", "高知県"], hours_per_week: 10 },
        "not an object",
        { email: "c@example.jp", 名前: "C", unknown: 1 },
        { email: "d@example.jp", name: { first: "D" } },
      ]),
      "PROFESSIONALS",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      row: 1,
      values: { email: "a@example.jp", name: "A", regions: "長野県|高知県", hours_per_week: "10" },
    });
    expect(result.errors).toEqual([
      { row: 2, field: "", message: "imports.errors.jsonNotObject" },
      { row: 3, field: "unknown", message: "imports.errors.unknownColumn" },
      { row: 4, field: "name", message: "imports.errors.jsonValue" },
    ]);
  });

  it("refuses what is not a JSON array", () => {
    expect(readJsonRows("{", "COMPANIES")).toEqual({
      ok: false,
      errors: [{ row: 0, field: "", message: "imports.errors.invalidJson" }],
    });
    expect(readJsonRows('{"name":"A"}', "COMPANIES")).toEqual({
      ok: false,
      errors: [{ row: 0, field: "", message: "imports.errors.jsonNotArray" }],
    });
  });
});

describe("readUpload", () => {
  it("chooses JSON by name or content and counts every data row", () => {
    const bytes = new TextEncoder().encode('[{"email":"a@example.jp","name":"A"}, 1]');
    const result = readUpload(bytes, "people.txt", "PROFESSIONALS");
    expect(result).toMatchObject({ ok: true, format: "json", encoding: "utf-8", total: 2 });
  });

  it("reads CSV otherwise", () => {
    const bytes = new TextEncoder().encode("email,name\r\na@example.jp,A\r\nb@example.jp,B\r\n");
    expect(readUpload(bytes, "people.csv", "PROFESSIONALS")).toMatchObject({
      ok: true,
      format: "csv",
      total: 2,
    });
  });
});
