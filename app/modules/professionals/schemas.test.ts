import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import {
  basicsSchema,
  careerSchema,
  credentialsSchema,
  fromDateInput,
  industriesSchema,
  preferencesSchema,
  privacyActionSchema,
  prosFiltersSchema,
  readCertificates,
  readLinks,
  regionsSchema,
  skillsSchema,
  toDateInput,
  writeCertificates,
} from "./schemas";

/** The field errors of a parse (null or absent when it succeeded). */
function errorsOf(submission: object) {
  return (submission as { error?: Record<string, string[] | null> | null }).error;
}

function form(entries: Array<[string, string]>) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("section schemas, parsed from form data as the action does", () => {
  it("basics: empty fields are absent, an unknown industry is refused", () => {
    const ok = parseWithZod(
      form([
        ["headline", " DX推進 "],
        ["bio", ""],
        ["currentIndustryCode", "G"],
      ]),
      {
        schema: basicsSchema,
      },
    );
    expect(ok.status).toBe("success");
    expect(ok.status === "success" && ok.value).toEqual({
      headline: "DX推進",
      currentIndustryCode: "G",
    });
    const bad = parseWithZod(
      form([
        ["currentIndustryCode", "ZZ"],
        ["headline", "x".repeat(121)],
      ]),
      {
        schema: basicsSchema,
      },
    );
    expect(bad.status).toBe("error");
    expect(errorsOf(bad)).toMatchObject({
      currentIndustryCode: ["reference.errors.industry"],
      headline: ["reference.errors.tooLong"],
    });
  });

  it("skills: rows with years 0–50 and a level; errors point at the row", () => {
    const ok = parseWithZod(
      form([
        ["skills[0].name", "Python"],
        ["skills[0].years", "5"],
        ["skills[0].level", "ADVANCED"],
      ]),
      { schema: skillsSchema },
    );
    expect(ok.status === "success" && ok.value).toEqual({
      skills: [{ name: "Python", years: 5, level: "ADVANCED" }],
    });
    const bad = parseWithZod(
      form([
        ["skills[0].name", "Python"],
        ["skills[0].years", "51"],
        ["skills[0].level", "ADVANCED"],
        ["skills[1].name", ""],
        ["skills[1].years", "abc"],
        ["skills[1].level", ""],
      ]),
      { schema: skillsSchema },
    );
    expect(errorsOf(bad)).toMatchObject({
      "skills[0].years": ["professionals.errors.range"],
      "skills[1].name": ["reference.errors.required"],
      "skills[1].years": ["reference.errors.integer"],
      "skills[1].level": ["professionals.errors.level"],
    });
    const none = parseWithZod(form([]), { schema: skillsSchema });
    expect(none.status === "success" && none.value).toEqual({ skills: [] });
  });

  it("career: an empty end year means current; the end cannot precede the start", () => {
    const ok = parseWithZod(
      form([
        ["careers[0].organisation", "株式会社テスト"],
        ["careers[0].title", "マネージャー"],
        ["careers[0].startYear", "2015"],
        ["careers[0].endYear", ""],
      ]),
      { schema: careerSchema },
    );
    expect(ok.status === "success" && ok.value.careers[0]).toEqual({
      organisation: "株式会社テスト",
      title: "マネージャー",
      startYear: 2015,
    });
    const bad = parseWithZod(
      form([
        ["careers[0].organisation", "A"],
        ["careers[0].title", "B"],
        ["careers[0].startYear", "2015"],
        ["careers[0].endYear", "2010"],
      ]),
      { schema: careerSchema },
    );
    expect(errorsOf(bad)).toMatchObject({
      "careers[0].endYear": ["professionals.errors.endBeforeStart"],
    });
  });

  it("checkbox lists: one ticked box is still a list; unknown codes are refused", () => {
    const one = parseWithZod(form([["industryCodes", "E"]]), { schema: industriesSchema });
    expect(one.status === "success" && one.value).toEqual({ industryCodes: ["E"] });
    const bad = parseWithZod(
      form([
        ["industryCodes", "E"],
        ["industryCodes", "Q9"],
      ]),
      {
        schema: industriesSchema,
      },
    );
    expect(bad.status).toBe("error");
  });

  it("credentials: links must be http(s)", () => {
    const bad = parseWithZod(
      form([
        ["links[0].label", "Portfolio"],
        ["links[0].url", "javascript:alert(1)"],
        ["languages[0].language", "英語"],
        ["languages[0].level", "BUSINESS"],
      ]),
      { schema: credentialsSchema },
    );
    expect(errorsOf(bad)).toMatchObject({ "links[0].url": ["reference.errors.url"] });
    const ok = parseWithZod(
      form([
        ["links[0].label", "Portfolio"],
        ["links[0].url", "https://example.jp/me"],
        ["certificates[0].name", "中小企業診断士"],
        ["certificates[0].year", "2020"],
      ]),
      { schema: credentialsSchema },
    );
    expect(ok.status === "success" && ok.value).toEqual({
      certificates: [{ name: "中小企業診断士", year: 2020 }],
      languages: [],
      links: [{ label: "Portfolio", url: "https://example.jp/me" }],
    });
  });

  it("preferences: ranges, a real calendar date, optional yen", () => {
    const ok = parseWithZod(
      form([
        ["engagementTypes", "SIDE_JOB"],
        ["engagementTypes", "CONTRACT"],
        ["workStyles", "REMOTE"],
        ["onsiteVisitsPerMonth", "2"],
        ["hoursPerWeek", "10"],
        ["availableFrom", "2026-04-01"],
        ["expectedMonthlyYen", ""],
        ["expectedHourlyYen", "5000"],
      ]),
      { schema: preferencesSchema },
    );
    expect(ok.status === "success" && ok.value).toEqual({
      engagementTypes: ["SIDE_JOB", "CONTRACT"],
      workStyles: ["REMOTE"],
      onsiteVisitsPerMonth: 2,
      hoursPerWeek: 10,
      availableFrom: "2026-04-01",
      expectedHourlyYen: 5000,
    });
    const bad = parseWithZod(
      form([
        ["onsiteVisitsPerMonth", "31"],
        ["availableFrom", "2026-02-30"],
        ["engagementTypes", "FOREVER"],
      ]),
      { schema: preferencesSchema },
    );
    expect(errorsOf(bad)).toMatchObject({
      onsiteVisitsPerMonth: ["professionals.errors.range"],
      availableFrom: ["reference.errors.date"],
    });
    expect(errorsOf(bad)?.["engagementTypes[0]"]).toEqual(["professionals.errors.choice"]);
  });

  it("regions and ties: prefectures by code, several ties allowed", () => {
    const ok = parseWithZod(
      form([
        ["regions", "20"],
        ["regions", "39"],
        ["ties[0].prefectureCode", "20"],
        ["ties[0].kind", "BIRTHPLACE"],
        ["ties[1].prefectureCode", "13"],
        ["ties[1].kind", "PAST_RESIDENCE"],
        ["ties[1].municipality", "世田谷区"],
      ]),
      { schema: regionsSchema },
    );
    expect(ok.status === "success" && ok.value).toEqual({
      regions: ["20", "39"],
      ties: [
        { prefectureCode: "20", kind: "BIRTHPLACE" },
        { prefectureCode: "13", kind: "PAST_RESIDENCE", municipality: "世田谷区" },
      ],
    });
    const bad = parseWithZod(
      form([
        ["regions", "48"],
        ["ties[0].kind", "FRIEND"],
      ]),
      {
        schema: regionsSchema,
      },
    );
    expect(errorsOf(bad)).toMatchObject({
      "regions[0]": ["reference.errors.prefecture"],
      "ties[0].prefectureCode": ["reference.errors.prefecture"],
      "ties[0].kind": ["professionals.errors.choice"],
    });
  });

  it("privacy: a visibility or a block, by intent", () => {
    const visibility = parseWithZod(
      form([
        ["intent", "visibility"],
        ["visibility", "ANONYMOUS"],
      ]),
      {
        schema: privacyActionSchema,
      },
    );
    expect(visibility.status === "success" && visibility.value).toEqual({
      intent: "visibility",
      visibility: "ANONYMOUS",
    });
    const block = parseWithZod(
      form([
        ["intent", "block"],
        ["companyId", "c1"],
      ]),
      {
        schema: privacyActionSchema,
      },
    );
    expect(block.status === "success" && block.value).toEqual({ intent: "block", companyId: "c1" });
    expect(
      parseWithZod(
        form([
          ["intent", "visibility"],
          ["visibility", "EVERYONE"],
        ]),
        {
          schema: privacyActionSchema,
        },
      ).status,
    ).toBe("error");
  });

  it("/pros filters: bad values are dropped, not errors", () => {
    expect(
      prosFiltersSchema.parse({ prefecture: "99", engagement: "X", page: "-1", skill: "Python" }),
    ).toEqual({ skill: "Python" });
    expect(
      prosFiltersSchema.parse({ prefecture: "20", engagement: "SIDE_JOB", page: "3" }),
    ).toEqual({
      prefecture: "20",
      engagement: "SIDE_JOB",
      page: 3,
    });
  });
});

describe("JSON columns", () => {
  it("round-trip", () => {
    const rows = [{ name: "中小企業診断士", issuer: "経済産業省", year: 2020 }, { name: "PMP" }];
    expect(readCertificates(writeCertificates(rows))).toEqual(rows);
  });

  it("reading keeps valid rows and drops broken ones or broken JSON", () => {
    expect(readCertificates("not json")).toEqual([]);
    expect(readCertificates('{"name":"x"}')).toEqual([]);
    expect(readCertificates('[{"name":"ok"},{"nope":1},{"name":""}]')).toEqual([{ name: "ok" }]);
    expect(readLinks('[{"label":"x","url":"javascript:alert(1)"}]')).toEqual([]);
  });
});

describe("dates in Japan", () => {
  it("a date input's day is midnight in Japan and reads back as the same day", () => {
    const date = fromDateInput("2026-04-01");
    expect(date.toISOString()).toBe("2026-03-31T15:00:00.000Z");
    expect(toDateInput(date)).toBe("2026-04-01");
    expect(toDateInput(null)).toBeUndefined();
  });
});
