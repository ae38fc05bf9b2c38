import { columnsByKind, findColumn, type ImportKind } from "./columns";
import { parseCsv } from "./csv";
import { decodeText } from "./decode";

/** Upload limits (docs/import-format.md). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 10_000;

export type MessageVars = Record<string, string | number>;

/**
 * One problem, shown as `row N: field: message`. `row` is the spreadsheet row (the
 * header is row 1) for CSV and the 1-based position in the array for JSON; 0 means the
 * whole file. `field` is the canonical column name ("" when no column is to blame).
 * `message` is a message key (translated when shown, with `vars`) or text.
 */
export type RowError = { row: number; field: string; message: string; vars?: MessageVars };

/** A data row keyed by canonical column name; a column the file lacks is "". */
export type SourceRow = { row: number; values: Record<string, string> };

function emptyValues(kind: ImportKind) {
  return Object.fromEntries(columnsByKind[kind].map((column) => [column.name, ""]));
}

function tooManyRows(count: number): RowError[] {
  return count > MAX_ROWS
    ? [{ row: 0, field: "", message: "imports.errors.tooManyRows", vars: { max: MAX_ROWS } }]
    : [];
}

/** A decoded CSV file → rows keyed by column, or the header's problems. */
export function readCsvRows(
  text: string,
  kind: ImportKind,
): { ok: true; rows: SourceRow[] } | { ok: false; errors: RowError[] } {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: [{ row: parsed.row, field: "", message: "imports.errors.unclosedQuote" }],
    };
  }
  const [header, ...records] = parsed.records;
  if (!header)
    return { ok: false, errors: [{ row: 0, field: "", message: "imports.errors.empty" }] };
  const errors: RowError[] = [];
  const columns: Array<string | null> = [];
  const seen = new Set<string>();
  header.cells.forEach((cell, index) => {
    if (!cell.trim()) {
      columns[index] = null;
      return;
    }
    const name = findColumn(kind, cell);
    if (!name) {
      errors.push({ row: header.row, field: cell.trim(), message: "imports.errors.unknownColumn" });
    } else if (seen.has(name)) {
      errors.push({ row: header.row, field: name, message: "imports.errors.duplicateColumn" });
    } else {
      seen.add(name);
    }
    columns[index] = name;
  });
  for (const column of columnsByKind[kind]) {
    if (column.required && !seen.has(column.name)) {
      errors.push({ row: header.row, field: column.name, message: "imports.errors.missingColumn" });
    }
  }
  errors.push(...tooManyRows(records.length));
  if (errors.length > 0) return { ok: false, errors };
  const blank = emptyValues(kind);
  const rows = records.map((record) => {
    const values: Record<string, string> = { ...blank };
    record.cells.forEach((cell, index) => {
      const name = columns[index];
      if (name) values[name] = cell;
    });
    return { row: record.row, values };
  });
  return { ok: true, rows };
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(cellText);
    return parts.every((part) => part !== null && !part.includes("|")) ? parts.join("|") : null;
  }
  return null;
}

/**
 * A JSON file: an array of objects with the CSV's column names (or their aliases) as
 * keys; values are strings, numbers, booleans, null, or arrays of those for list
 * columns. Row numbers are the 1-based positions in the array.
 */
export function readJsonRows(
  text: string,
  kind: ImportKind,
): { ok: true; rows: SourceRow[]; errors: RowError[] } | { ok: false; errors: RowError[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, errors: [{ row: 0, field: "", message: "imports.errors.invalidJson" }] };
  }
  if (!Array.isArray(parsed)) {
    return { ok: false, errors: [{ row: 0, field: "", message: "imports.errors.jsonNotArray" }] };
  }
  const limit = tooManyRows(parsed.length);
  if (limit.length > 0) return { ok: false, errors: limit };
  const blank = emptyValues(kind);
  const rows: SourceRow[] = [];
  const errors: RowError[] = [];
  parsed.forEach((item: unknown, index) => {
    const row = index + 1;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      errors.push({ row, field: "", message: "imports.errors.jsonNotObject" });
      return;
    }
    const values: Record<string, string> = { ...blank };
    let usable = true;
    for (const [key, value] of Object.entries(item)) {
      const name = findColumn(kind, key);
      if (!name) {
        errors.push({ row, field: key, message: "imports.errors.unknownColumn" });
        usable = false;
        continue;
      }
      const text = cellText(value);
      if (text === null) {
        errors.push({ row, field: name, message: "imports.errors.jsonValue" });
        usable = false;
        continue;
      }
      values[name] = text;
    }
    if (usable) rows.push({ row, values });
  });
  return { ok: true, rows, errors };
}

export type ReadResult =
  | {
      ok: true;
      format: "csv" | "json";
      encoding: "utf-8" | "shift_jis";
      rows: SourceRow[];
      /** rows already refused while reading (JSON entries that are not objects…) */
      errors: RowError[];
      /** data rows in the file, good or bad */
      total: number;
    }
  | { ok: false; errors: RowError[] };

/** Uploaded bytes → rows: decodes, then reads JSON (by name or content) or CSV. */
export function readUpload(bytes: Uint8Array, fileName: string, kind: ImportKind): ReadResult {
  const { text, encoding } = decodeText(bytes);
  const json = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
  if (json) {
    const result = readJsonRows(text, kind);
    if (!result.ok) return result;
    const total = result.rows.length + new Set(result.errors.map((error) => error.row)).size;
    return { ok: true, format: "json", encoding, rows: result.rows, errors: result.errors, total };
  }
  const result = readCsvRows(text, kind);
  if (!result.ok) return result;
  return {
    ok: true,
    format: "csv",
    encoding,
    rows: result.rows,
    errors: [],
    total: result.rows.length,
  };
}
