import { describe, expect, it } from "vitest";
import { auditFilterSchema, auditSearch } from "./filters";

describe("audit filters", () => {
  it("keeps valid filters and drops the rest", () => {
    expect(
      auditFilterSchema.parse({
        role: "STAFF",
        action: "match.stage",
        from: "2026-05-01",
        to: "2026-05-31",
        page: "2",
      }),
    ).toEqual({
      role: "STAFF",
      action: "match.stage",
      from: "2026-05-01",
      to: "2026-05-31",
      page: 2,
    });
    expect(auditFilterSchema.parse({ role: "ROOT", from: "2026-02-30", page: "-1" })).toEqual({
      page: 1,
    });
  });

  it("writes the query string of another page", () => {
    expect(auditSearch({ role: "COORDINATOR", page: 1 }, 3)).toBe("?role=COORDINATOR&page=3");
    expect(auditSearch({ page: 2 }, 1)).toBe("");
  });
});
