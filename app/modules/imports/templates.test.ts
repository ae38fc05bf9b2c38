import { describe, expect, it } from "vitest";
import { importKinds } from "./columns";
import { rowSchemaFor } from "./schemas";
import { readUpload } from "./source";
import { templateCsv, templateJson } from "./templates";

describe("templates", () => {
  for (const kind of importKinds) {
    it(`${kind}: the CSV (with a BOM) and the JSON read back as valid rows`, () => {
      const csv = templateCsv(kind);
      expect(csv.startsWith("\ufeff")).toBe(true);
      for (const [text, name] of [
        [csv, "template.csv"],
        [templateJson(kind), "template.json"],
      ] as const) {
        const read = readUpload(new TextEncoder().encode(text), name, kind);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.rows.length).toBeGreaterThan(0);
        for (const row of read.rows) {
          const parsed = rowSchemaFor(kind, new Date("2026-01-01T00:00:00Z")).safeParse(row.values);
          expect(parsed.error?.issues ?? []).toEqual([]);
        }
      }
    });
  }
});
