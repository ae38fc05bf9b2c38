/**
 * A CSV reader after RFC 4180, as lenient as Excel where the RFC is silent: quoted
 * fields with "" escapes, commas and line breaks inside quotes, CRLF, LF or CR line
 * ends, an optional trailing line break, a leading byte order mark dropped.
 *
 * Each record carries its spreadsheet row number (the first record is row 1): a quoted
 * cell spanning lines is one row, and a blank line is a row too (Excel shows it as an
 * empty row), but blank records are not returned.
 */
export type CsvRecord = { row: number; cells: string[] };

export type CsvResult =
  | { ok: true; records: CsvRecord[] }
  /** a quote opened on `row` never closes */
  | { ok: false; row: number };

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

function fieldEnd(text: string, from: number) {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === COMMA || code === CR || code === LF) break;
    index += 1;
  }
  return index;
}

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let row = 1;
  let cells: string[] = [];
  const endRecord = () => {
    if (cells.some((cell) => cell.trim() !== "")) records.push({ row, cells });
    cells = [];
    row += 1;
  };
  let index = 0;
  while (index < text.length) {
    let value: string;
    if (text.charCodeAt(index) === QUOTE) {
      const openedOn = row;
      let quoted = "";
      index += 1;
      for (;;) {
        const close = text.indexOf('"', index);
        if (close === -1) return { ok: false, row: openedOn };
        quoted += text.slice(index, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          quoted += '"';
          index = close + 2;
        } else {
          index = close + 1;
          break;
        }
      }
      // Text between the closing quote and the next comma is kept, as Excel does.
      const end = fieldEnd(text, index);
      value = quoted + text.slice(index, end);
      index = end;
    } else {
      const end = fieldEnd(text, index);
      value = text.slice(index, end);
      index = end;
    }
    cells.push(value);
    if (index >= text.length) {
      endRecord();
      break;
    }
    const code = text.charCodeAt(index);
    if (code === COMMA) {
      index += 1;
      if (index >= text.length) {
        cells.push("");
        endRecord();
      }
      continue;
    }
    index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
    endRecord();
  }
  return { ok: true, records };
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break, and prefixed with '
 * when it starts like a formula (= + - @), so a spreadsheet never evaluates file content.
 */
export function csvCell(value: string) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows → CSV text with CRLF line ends and a UTF-8 byte order mark (so Excel reads UTF-8). */
export function toCsv(rows: readonly (readonly string[])[]) {
  return `\ufeff${rows.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
