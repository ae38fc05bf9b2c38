import { describe, expect, it } from "vitest";
import {
  buildChallengeDocument,
  buildProfileDocument,
  challengeIndexSettings,
  monthlyPayMax,
  payBandOf,
  profileIndexSettings,
  skillDomainTerms,
  type ChallengeSource,
  type ProfileSource,
} from "./documents";
import { validateSettings } from "#search/index";

const python = { nameJa: "Python", nameEn: "Python", aliases: '["パイソン"]' };
const marketing = {
  nameJa: "デジタルマーケティング",
  nameEn: "Digital marketing",
  aliases: '["Webマーケティング"]',
};

function challenge(overrides: Partial<ChallengeSource> = {}): ChallengeSource {
  return {
    id: "c1",
    companyId: "co1",
    status: "OPEN",
    title: "ECサイトの売上を伸ばしたい",
    summary: "自社ECの集客からリピート施策までを一緒に考えてくれる方を探しています。",
    background:
      "長野県の精密部品メーカーです。BtoC向けの新商品を自社ECで売り始めましたが伸び悩んでいます。",
    successCriteria: "半年で月商を2倍に",
    deliverables: "施策計画",
    category: "SALES_CHANNELS",
    engagementTypes: "SIDE_JOB,CONTRACT",
    workStyle: "HYBRID",
    hoursPerWeek: 10,
    compensationType: "MONTHLY",
    compensationMin: 150_000,
    compensationMax: 250_000,
    startDate: new Date("2026-01-05T00:00:00Z"),
    applicationDeadline: new Date("2026-02-01T00:00:00Z"),
    publishedAt: new Date("2025-12-01T00:00:00Z"),
    prefectureCode: "20",
    municipality: "松本市",
    company: { name: "信州精密工業" },
    skills: [
      { required: true, skill: marketing },
      { required: false, skill: python },
    ],
    ...overrides,
  };
}

function profile(overrides: Partial<ProfileSource> = {}): ProfileSource {
  return {
    id: "p1",
    userId: "u1",
    visibility: "PUBLIC",
    headline: "製造業のDX推進",
    bio: "東京の株式会社ひみつで DX を推進しています。",
    photoId: null,
    currentEmployer: "株式会社ひみつ",
    currentIndustryCode: "G",
    industryCodes: "E,G",
    certificates: JSON.stringify([
      { name: "中小企業診断士", issuer: "ひみつ社内認定", year: 2020 },
    ]),
    engagementTypes: "SIDE_JOB",
    workStyles: "REMOTE,HYBRID",
    hoursPerWeek: 10,
    availableFrom: new Date("2026-01-01T00:00:00Z"),
    expectedMonthlyYen: 200_000,
    expectedHourlyYen: null,
    updatedAt: new Date("2025-11-30T00:00:00Z"),
    user: { name: "佐藤 花子" },
    skills: [
      { years: 3, level: "ADVANCED", skill: python },
      { years: 12, level: "EXPERT", skill: marketing },
    ],
    careers: [
      { organisation: "株式会社ひみつ", title: "DX推進リーダー", description: "基幹システム刷新" },
    ],
    regions: [{ prefectureCode: "20" }, { prefectureCode: "13" }],
    ties: [{ prefectureCode: "39" }],
    blocks: [{ companyId: "co-employer" }],
    ...overrides,
  };
}

describe("compensation", () => {
  it("turns every kind of pay into a monthly maximum", () => {
    const base = { compensationMin: null, compensationMax: null, hoursPerWeek: 10 };
    expect(monthlyPayMax({ ...base, compensationType: "MONTHLY", compensationMax: 300_000 })).toBe(
      300_000,
    );
    expect(monthlyPayMax({ ...base, compensationType: "MONTHLY", compensationMin: 120_000 })).toBe(
      120_000,
    );
    // 5,000 yen × 10 h × 4.33 weeks
    expect(monthlyPayMax({ ...base, compensationType: "HOURLY", compensationMax: 5_000 })).toBe(
      216_500,
    );
    expect(monthlyPayMax({ ...base, compensationType: "NONE", compensationMax: 5_000 })).toBe(0);
    expect(monthlyPayMax({ ...base, compensationType: "MONTHLY" })).toBe(0);
  });

  it("puts amounts into bands, edges in the higher band", () => {
    expect(payBandOf(0)).toBe("none");
    expect(payBandOf(99_999)).toBe("under100k");
    expect(payBandOf(100_000)).toBe("100kTo300k");
    expect(payBandOf(299_999)).toBe("100kTo300k");
    expect(payBandOf(300_000)).toBe("300kTo500k");
    expect(payBandOf(500_000)).toBe("500kPlus");
    expect(payBandOf(2_000_000)).toBe("500kPlus");
  });
});

describe("challenge documents", () => {
  it("index an open challenge with its filters and every skill spelling", () => {
    const document = buildChallengeDocument(challenge())!;
    expect(document).toMatchObject({
      id: "c1",
      title: "ECサイトの売上を伸ばしたい",
      category: "SALES_CHANNELS",
      prefecture: "20",
      region: "chubu",
      engagementTypes: ["SIDE_JOB", "CONTRACT"],
      workStyle: "HYBRID",
      remoteOk: true,
      payMonthlyMax: 250_000,
      payBand: "100kTo300k",
      companyId: "co1",
    });
    // Required skills first; names in both languages and the aliases.
    expect(document.skills).toEqual([
      "デジタルマーケティング",
      "Digital marketing",
      "Webマーケティング",
      "Python",
      "パイソン",
    ]);
    expect(document.details).toEqual(
      expect.arrayContaining(["信州精密工業", "長野県", "Nagano", "松本市", "半年で月商を2倍に"]),
    );
    expect(document.publishedAt).toEqual(new Date("2025-12-01T00:00:00Z"));
    expect(document.deadline).toEqual(new Date("2026-02-01T00:00:00Z"));
    expect(document.fit).toBeGreaterThan(0.5);
  });

  it("exist only for OPEN challenges", () => {
    for (const status of ["DRAFT", "PAUSED", "CLOSED"] as const) {
      expect(buildChallengeDocument(challenge({ status }))).toBeNull();
    }
  });

  it("say whether remote work is possible", () => {
    expect(buildChallengeDocument(challenge({ workStyle: "REMOTE" }))!.remoteOk).toBe(true);
    expect(buildChallengeDocument(challenge({ workStyle: "ONSITE" }))!.remoteOk).toBe(false);
  });

  it("rank fuller challenges higher", () => {
    const sparse = buildChallengeDocument(
      challenge({ deliverables: "", startDate: null, applicationDeadline: null, skills: [] }),
    )!;
    expect(sparse.fit).toBeLessThan(buildChallengeDocument(challenge())!.fit as number);
  });
});

describe("profile documents", () => {
  it("carry a public profile's name, bio, employer and career", () => {
    const document = buildProfileDocument(profile())!;
    expect(document).toMatchObject({
      id: "p1",
      userId: "u1",
      headline: "製造業のDX推進",
      name: "佐藤 花子",
      visibility: "PUBLIC",
      blockedCompanyIds: ["co-employer"],
      regions: ["20", "13"],
      regionBlocks: ["chubu", "kanto"],
      tiePrefs: ["39"],
      tieRegions: ["shikoku"],
      hasTie: true,
      engagementTypes: ["SIDE_JOB"],
      workStyles: ["REMOTE", "HYBRID"],
      hoursPerWeek: 10,
    });
    // The longest-practised skill first.
    expect((document.skills as string[])[0]).toBe("デジタルマーケティング");
    expect(document.details).toEqual(
      expect.arrayContaining([
        "東京の株式会社ひみつで DX を推進しています。",
        "株式会社ひみつ",
        "DX推進リーダー",
        "ひみつ社内認定",
      ]),
    );
  });

  it("of an ANONYMOUS profile hold no name, employer, organisation, links or bio", () => {
    const document = buildProfileDocument(profile({ visibility: "ANONYMOUS" }))!;
    expect(document.name).toBeUndefined();
    const text = JSON.stringify(document);
    for (const secret of ["佐藤", "花子", "ひみつ", "東京の", "基幹システム刷新"]) {
      expect(text, secret).not.toContain(secret);
    }
    // What the anonymous view shows is still searchable.
    expect(document.headline).toBe("製造業のDX推進");
    expect(document.details).toEqual(expect.arrayContaining(["DX推進リーダー", "中小企業診断士"]));
    // …and the generated summary, in both languages.
    const details = document.details as string[];
    expect(details.some((line) => line.includes("デジタルマーケティング12年"))).toBe(true);
    expect(details.some((line) => line.includes("Digital marketing"))).toBe(true);
    expect(document.visibility).toBe("ANONYMOUS");
    expect(document.blockedCompanyIds).toEqual(["co-employer"]);
  });

  it("do not exist for HIDDEN profiles", () => {
    expect(buildProfileDocument(profile({ visibility: "HIDDEN" }))).toBeNull();
  });

  it("say when a professional has no hometown tie", () => {
    const document = buildProfileDocument(profile({ ties: [] }))!;
    expect(document.hasTie).toBe(false);
    expect(document.tiePrefs).toEqual([]);
  });
});

describe("settings", () => {
  const vocabulary = { synonyms: [["営業", "セールス"]], domainTerms: ["販路開拓"] };

  it("are valid for both engines", () => {
    expect(() => validateSettings(challengeIndexSettings(vocabulary))).not.toThrow();
    expect(() => validateSettings(profileIndexSettings(vocabulary))).not.toThrow();
  });

  it("rank titles before skills before text", () => {
    expect(challengeIndexSettings(vocabulary).searchableAttributes).toEqual([
      "title",
      "skills",
      "summary",
      "details",
    ]);
    expect(profileIndexSettings(vocabulary).searchableAttributes[0]).toBe("headline");
  });

  it("keep every skill spelling whole as a domain term", () => {
    expect(skillDomainTerms([python, marketing])).toEqual([
      "Digital marketing",
      "Python",
      "Webマーケティング",
      "デジタルマーケティング",
      "パイソン",
    ]);
  });
});
