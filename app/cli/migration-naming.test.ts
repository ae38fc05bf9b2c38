import { describe, expect, it } from "vitest";
import {
  migrationTimestamp,
  NAME_PATTERN,
  nextMigrationTimestamp,
  suggestName,
} from "./migration-naming";

describe("migration names", () => {
  it("accepts snake_case only", () => {
    expect(NAME_PATTERN.test("add_companies")).toBe(true);
    expect(NAME_PATTERN.test("challenge_status_index2")).toBe(true);
    for (const bad of ["", "Add", "add-companies", "2fa", "add companies", "_x", "企業"]) {
      expect(NAME_PATTERN.test(bad)).toBe(false);
    }
  });

  it("suggests a valid name", () => {
    expect(suggestName("addCompany-Table")).toBe("add_company_table");
    expect(suggestName("Add Companies!")).toBe("add_companies");
    expect(suggestName("2fa codes")).toBe("fa_codes");
  });
});

describe("migration timestamps", () => {
  it("formats UTC time like Prisma", () => {
    expect(migrationTimestamp(new Date("2026-11-25T19:09:34.999Z"))).toBe("20261125190934");
  });

  it("uses now when it is after every existing migration", () => {
    const now = new Date("2026-11-26T00:00:00Z");
    expect(nextMigrationTimestamp(["20261125000000_foundation"], now)).toBe("20261126000000");
    expect(nextMigrationTimestamp([], now)).toBe("20261126000000");
  });

  it("stays after the newest migration when the clock is behind it", () => {
    const now = new Date("2026-11-24T10:00:00Z");
    expect(
      nextMigrationTimestamp(["20261125000000_foundation", "20261231235959_later", "notes"], now),
    ).toBe("20270101000000");
    expect(
      nextMigrationTimestamp(["20261125000000_foundation"], new Date("2026-11-25T00:00:00Z")),
    ).toBe("20261125000001");
  });
});
