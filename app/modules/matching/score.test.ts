import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SkillLevel, TieKind, WorkStyle } from "~/generated/prisma/enums";
import { engagementTypes, workStyles, type EngagementType } from "~/modules/reference/work";
import {
  prepareChallenge,
  prepareProfessional,
  scorePair,
  scorePartNames,
  type MatchReason,
  type PairScore,
} from "./score";
import type { ChallengeForScoring, ProfessionalForScoring } from "./score-input";
import {
  challengeForScoring,
  professionalForScoring,
  type ChallengeScoringSource,
  type ProfileScoringSource,
} from "./score-input-builders";
import { scoreWeights } from "./weights";

const now = new Date("2026-03-15T00:00:00+09:00");
const startDate = new Date("2026-04-01T00:00:00+09:00");

const python = { skillId: "python", nameJa: "Python", nameEn: "Python" };
const salesforce = { skillId: "salesforce", nameJa: "Salesforce", nameEn: "Salesforce" };
const finance = { skillId: "finance", nameJa: "財務分析", nameEn: "Financial analysis" };
const excel = { skillId: "excel", nameJa: "Excel", nameEn: "Excel" };

function challenge(overrides: Partial<ChallengeForScoring> = {}): ChallengeForScoring {
  return {
    id: "c1",
    text: "ECサイトの販路開拓とSalesforceによる顧客管理の仕組みづくり",
    skills: [
      { ...python, required: true },
      { ...salesforce, required: true },
      { ...excel, required: false },
    ],
    prefectureCode: "20",
    engagementTypes: ["SIDE_JOB", "CONTRACT"],
    workStyle: "HYBRID",
    onsiteVisitsPerMonth: 2,
    hoursPerWeek: 10,
    durationMonths: 6,
    compensationType: "MONTHLY",
    compensationMin: 200_000,
    compensationMax: 300_000,
    startDate,
    ...overrides,
  };
}

function professional(overrides: Partial<ProfessionalForScoring> = {}): ProfessionalForScoring {
  return {
    id: "p1",
    text: "製造業のDX推進マネージャー",
    skills: [
      { ...python, level: "EXPERT", years: 6 },
      { ...salesforce, level: "ADVANCED", years: 3 },
    ],
    regionCodes: ["20"],
    ties: [{ prefectureCode: "20", kind: "BIRTHPLACE" }],
    engagementTypes: ["SIDE_JOB"],
    workStyles: ["REMOTE", "HYBRID"],
    onsiteVisitsPerMonth: 2,
    hoursPerWeek: 15,
    availableFrom: new Date("2026-03-01T00:00:00+09:00"),
    expectedMonthlyYen: 250_000,
    expectedHourlyYen: null,
    ...overrides,
  };
}

const score = (c: Partial<ChallengeForScoring> = {}, p: Partial<ProfessionalForScoring> = {}) =>
  scorePair(challenge(c), professional(p), { now });

const keysOf = (reasons: MatchReason[]) => reasons.map((reason) => reason.key);
function reason(result: PairScore, key: MatchReason["key"]): MatchReason | undefined {
  return result.reasons.find((candidate) => candidate.key === key);
}

describe("scorePair: table cases", () => {
  it("a strong pair: high total, every part's reason, good ones first", () => {
    const result = score();
    // Skills: Python full credit ×2, Salesforce (ADVANCED, 3 years) 0.82 ×2, Excel missing:
    // 3.64 / 5 of 35 = 25.5; text 0 (unrelated headline); everything else full.
    expect(result.parts.skills.score).toBe(25.5);
    expect(result.parts.text.score).toBe(0);
    expect(result.total).toBe(80);
    expect(result.mismatches).toEqual([]);
    expect(result.reasons[0]).toEqual({
      key: "scoring.reason.skillsRequired",
      params: { matched: 2, total: 2 },
      tone: "good",
      part: "skills",
    });
    expect(reason(result, "scoring.reason.skillsMatched")).toEqual({
      key: "scoring.reason.skillsMatched",
      params: { namesJa: "Python\nSalesforce", namesEn: "Python\nSalesforce", count: 2 },
      tone: "good",
      part: "skills",
    });
    expect(keysOf(result.reasons)).toEqual([
      "scoring.reason.skillsRequired",
      "scoring.reason.skillsMatched",
      "scoring.reason.visitsOk",
      "scoring.reason.regionWants",
      "scoring.reason.tieBirthplace",
      "scoring.reason.workStyleOk",
      "scoring.reason.payWithin",
      "scoring.reason.engagementOk",
      "scoring.reason.hoursOk",
      "scoring.reason.startOk",
    ]);
    expect(reason(result, "scoring.reason.visitsOk")?.params).toEqual({ visits: 2 });
    expect(reason(result, "scoring.reason.regionWants")?.params).toEqual({ prefecture: "20" });
    expect(reason(result, "scoring.reason.tieBirthplace")?.params).toEqual({ prefecture: "20" });
    expect(reason(result, "scoring.reason.workStyleOk")?.params).toEqual({ style: "HYBRID" });
    expect(reason(result, "scoring.reason.hoursOk")?.params).toEqual({ needed: 10 });
    expect(reason(result, "scoring.reason.startOk")?.params).toEqual({
      startDate: startDate.toISOString(),
    });
    expect(reason(result, "scoring.reason.payWithin")?.params).toEqual({
      expectedYen: 250_000,
      expectedUnit: "month",
      offerYen: 300_000,
      offerUnit: "month",
    });
    expect(reason(result, "scoring.reason.engagementOk")?.params).toEqual({
      engagements: "SIDE_JOB",
    });
    expect(result.parts.region).toEqual({ score: 15, max: 15 });
    expect(result.parts.workStyle).toEqual({ score: 10, max: 10 });
    expect(result.parts.availability).toEqual({ score: 10, max: 10 });
    expect(result.parts.compensation).toEqual({ score: 10, max: 10 });
    expect(result.parts.engagement).toEqual({ score: 10, max: 10 });
  });

  it("the parts' maxima come from weights.ts and add up to 100", () => {
    const result = score();
    for (const name of scorePartNames) {
      expect(result.parts[name].max).toBe(scoreWeights.parts[name]);
    }
    expect(scorePartNames.reduce((sum, name) => sum + result.parts[name].max, 0)).toBe(100);
  });

  it("skills: credit grows with level and years; required weighs twice nice-to-have", () => {
    const expert = score({ skills: [{ ...python, required: true }] }).parts.skills.score;
    const basic = score(
      { skills: [{ ...python, required: true }] },
      { skills: [{ ...python, level: "BASIC", years: 0 }] },
    ).parts.skills.score;
    expect(expert).toBe(35 * (0.5 + 0.3 + 0.2));
    expect(basic).toBe(35 * 0.5);
    // Python (required, full credit) of Python + Excel (nice): 2 / 3 of the part.
    const withNice = score({
      skills: [
        { ...python, required: true },
        { ...excel, required: false },
      ],
    });
    expect(withNice.parts.skills.score).toBeCloseTo((35 * 2) / 3, 1);
  });

  it("skills: a missing required skill is named, with the count", () => {
    const result = score(
      {
        skills: [
          { ...python, required: true },
          { ...salesforce, required: true },
          { ...finance, required: true },
        ],
      },
      { skills: [{ ...python, level: "EXPERT", years: 10 }] },
    );
    expect(reason(result, "scoring.reason.skillsRequired")).toMatchObject({
      params: { matched: 1, total: 3 },
      tone: "bad",
    });
    expect(reason(result, "scoring.reason.skillsMatchedOne")?.params).toEqual({
      namesJa: "Python",
      namesEn: "Python",
      count: 1,
    });
    expect(reason(result, "scoring.reason.skillsMissing")).toEqual({
      key: "scoring.reason.skillsMissing",
      params: {
        namesJa: "Salesforce\n財務分析",
        namesEn: "Salesforce\nFinancial analysis",
        count: 2,
        more: 0,
      },
      tone: "bad",
      part: "skills",
    });
    expect(result.parts.skills.score).toBeCloseTo(35 / 3, 1);
  });

  it("skills: half of the required ones is neutral, not bad", () => {
    const result = score({}, { skills: [{ ...python, level: "BASIC", years: 1 }] });
    expect(reason(result, "scoring.reason.skillsRequired")).toMatchObject({
      params: { matched: 1, total: 2 },
      tone: "neutral",
    });
  });

  it("skills: a challenge without skills gives everyone the neutral share", () => {
    const result = score({ skills: [] });
    expect(result.parts.skills.score).toBe(35 * scoreWeights.skills.noSkillsShare);
    expect(reason(result, "scoring.reason.skillsNone")).toMatchObject({ tone: "neutral" });
    expect(score({ skills: [] }, { skills: [] }).parts.skills.score).toBe(
      result.parts.skills.score,
    );
  });

  it("skills: only nice-to-have skills report the nice-to-have count", () => {
    const result = score({ skills: [{ ...excel, required: false }] }, { skills: [] });
    expect(reason(result, "scoring.reason.skillsNice")).toMatchObject({
      params: { matched: 0, total: 1 },
      tone: "neutral",
    });
    expect(result.parts.skills.score).toBe(0);
    expect(reason(result, "scoring.reason.skillsMissing")).toBeUndefined();
  });

  it("text: the challenge's words found in the profile are quoted", () => {
    const result = score({}, { text: "EC事業の販路開拓と顧客管理を担当" });
    const text = reason(result, "scoring.reason.textTerms");
    expect(text?.tone).toBe("good");
    expect(String(text?.params.terms).split("\n")).toEqual(
      expect.arrayContaining(["販路開拓", "顧客管理"]),
    );
    // Quoted as the challenge wrote them, not folded.
    const ec = score({ text: "ＥＣサイトとSalesforce" }, { text: "ECサイト運営、salesforce導入" });
    expect(reason(ec, "scoring.reason.textTerms")?.params.terms).toBe("Salesforce\nＥＣサイト");
    expect(result.parts.text.score).toBeGreaterThan(score().parts.text.score);
    expect(score({}, { text: "" }).parts.text.score).toBe(0);
    expect(score({ text: "" }).parts.text.score).toBe(10 * scoreWeights.text.emptyShare);
  });

  it.each<[TieKind, MatchReason["key"], number]>([
    ["BIRTHPLACE", "scoring.reason.tieBirthplace", 0.6],
    ["PAST_RESIDENCE", "scoring.reason.tiePastResidence", 0.5],
    ["FAMILY", "scoring.reason.tieFamily", 0.5],
    ["OTHER", "scoring.reason.tieOther", 0.4],
  ])("region: a %s tie to the prefecture", (kind, key, share) => {
    const result = score({}, { regionCodes: [], ties: [{ prefectureCode: "20", kind }] });
    expect(reason(result, key)).toEqual({
      key,
      params: { prefecture: "20" },
      tone: "good",
      part: "region",
    });
    expect(result.parts.region.score).toBe(15 * share);
  });

  it("region: wishes and ties in the same region block earn partial credit", () => {
    const result = score(
      {},
      { regionCodes: ["19"], ties: [{ prefectureCode: "15", kind: "BIRTHPLACE" }] },
    );
    expect(reason(result, "scoring.reason.regionWantsBlock")?.params).toEqual({ block: "chubu" });
    expect(reason(result, "scoring.reason.tieNearby")?.params).toEqual({ prefecture: "15" });
    expect(result.parts.region.score).toBe(Math.round(150 * (0.25 + 0.6 * 0.4)) / 10);
    const far = score(
      {},
      { regionCodes: ["47"], ties: [{ prefectureCode: "01", kind: "FAMILY" }] },
    );
    expect(far.parts.region.score).toBe(0);
    expect(far.reasons.filter((r) => r.part === "region")).toEqual([]);
  });

  it("region: a remote challenge starts everyone at the floor and still rewards ties", () => {
    const none = score({ workStyle: "REMOTE" }, { regionCodes: [], ties: [] });
    expect(none.parts.region.score).toBe(15 * scoreWeights.region.remoteFloor);
    expect(reason(none, "scoring.reason.regionRemote")).toMatchObject({ tone: "neutral" });
    const tied = score(
      { workStyle: "REMOTE" },
      { regionCodes: [], ties: [{ prefectureCode: "20", kind: "BIRTHPLACE" }] },
    );
    expect(tied.parts.region.score).toBeGreaterThan(none.parts.region.score);
    expect(reason(tied, "scoring.reason.regionRemote")).toBeUndefined();
  });

  it("work style: fewer visits than needed, or none, are concerns with both numbers", () => {
    const fewer = score({}, { onsiteVisitsPerMonth: 1 });
    expect(reason(fewer, "scoring.reason.visitsShort")).toEqual({
      key: "scoring.reason.visitsShort",
      params: { visits: 1, needed: 2 },
      tone: "bad",
      part: "workStyle",
    });
    expect(fewer.parts.workStyle.score).toBe(10 * (0.6 + 0.4 * 0.5));
    const none = score({}, { onsiteVisitsPerMonth: 0 });
    expect(reason(none, "scoring.reason.visitsNone")?.params).toEqual({ needed: 2 });
    expect(none.parts.workStyle.score).toBe(6);
    expect(score({ onsiteVisitsPerMonth: 0 }, { onsiteVisitsPerMonth: 0 }).parts.workStyle).toEqual(
      { score: 10, max: 10 },
    );
  });

  it("work style: a style the professional did not choose is a concern", () => {
    const result = score({ onsiteVisitsPerMonth: 0 }, { workStyles: ["ONSITE"] });
    expect(reason(result, "scoring.reason.workStyleOther")).toEqual({
      key: "scoring.reason.workStyleOther",
      params: { style: "HYBRID", styles: "ONSITE" },
      tone: "bad",
      part: "workStyle",
    });
    expect(result.mismatches).toEqual([]);
    expect(score({ onsiteVisitsPerMonth: 0 }, { workStyles: [] }).parts.workStyle.score).toBe(6);
  });

  it("mismatch: an on-site challenge and a remote-only professional", () => {
    const result = score(
      { workStyle: "ONSITE", onsiteVisitsPerMonth: 0 },
      { workStyles: ["REMOTE"] },
    );
    expect(result.mismatches).toEqual([
      {
        key: "scoring.reason.workStyleRemoteOnly",
        params: {},
        tone: "mismatch",
        part: "workStyle",
      },
    ]);
    expect(result.reasons[0]).toEqual(result.mismatches[0]);
    expect(result.total).toBeLessThanOrEqual(scoreWeights.mismatchCap);
    expect(result.parts.workStyle.score).toBe(0);
  });

  it("availability: fewer hours than needed, partly credited; unknown hours are neutral", () => {
    const short = score({}, { hoursPerWeek: 7 });
    expect(reason(short, "scoring.reason.hoursShort")?.params).toEqual({ hours: 7, needed: 10 });
    expect(short.parts.availability.score).toBeCloseTo(10 * ((0.6 * (0.7 - 0.25)) / 0.75 + 0.4), 1);
    const unknown = score({}, { hoursPerWeek: null });
    expect(unknown.reasons.filter((r) => r.key.startsWith("scoring.reason.hours"))).toEqual([]);
    expect(unknown.parts.availability.score).toBeCloseTo(10 * (0.6 * 0.6 + 0.4), 1);
  });

  it("availability: a late start is a concern with both dates", () => {
    const availableFrom = new Date("2026-05-01T00:00:00+09:00");
    const result = score({}, { availableFrom });
    expect(reason(result, "scoring.reason.startLate")).toEqual({
      key: "scoring.reason.startLate",
      params: {
        availableFromDate: availableFrom.toISOString(),
        startDate: startDate.toISOString(),
      },
      tone: "bad",
      part: "availability",
    });
    expect(result.parts.availability.score).toBeCloseTo(10 * (0.6 + 0.4 * (1 - 30 / 90)), 1);
  });

  it("availability: without a start date, now is the reference", () => {
    const ready = score({ startDate: null });
    expect(reason(ready, "scoring.reason.startNow")).toMatchObject({ tone: "good" });
    const later = new Date("2026-06-01T00:00:00+09:00");
    const result = score({ startDate: null }, { availableFrom: later });
    expect(reason(result, "scoring.reason.startLater")).toEqual({
      key: "scoring.reason.startLater",
      params: { availableFromDate: later.toISOString() },
      tone: "neutral",
      part: "availability",
    });
  });

  it("compensation: somewhat above the budget is a concern", () => {
    const result = score({}, { expectedMonthlyYen: 360_000 });
    expect(reason(result, "scoring.reason.payAbove")).toEqual({
      key: "scoring.reason.payAbove",
      params: {
        expectedYen: 360_000,
        expectedUnit: "month",
        offerYen: 300_000,
        offerUnit: "month",
      },
      tone: "bad",
      part: "compensation",
    });
    expect(result.mismatches).toEqual([]);
    expect(result.parts.compensation.score).toBeCloseTo(10 * 0.7 * (0.3 / 0.5), 1);
  });

  it("mismatch: pay expectations far apart cap the total but stay visible", () => {
    const result = score(
      { compensationMin: 100_000, compensationMax: 200_000 },
      { expectedMonthlyYen: 400_000 },
    );
    expect(result.mismatches).toEqual([
      {
        key: "scoring.reason.payFarApart",
        params: {
          expectedYen: 400_000,
          expectedUnit: "month",
          offerYen: 200_000,
          offerUnit: "month",
        },
        tone: "mismatch",
        part: "compensation",
      },
    ]);
    expect(result.total).toBe(scoreWeights.mismatchCap);
    expect(result.parts.compensation.score).toBe(0);
    // Everything else is as good as the clean pair: the clean one ranks higher.
    expect(score().total).toBeGreaterThan(result.total);
  });

  it("compensation: hourly budgets compare per hour, or per month across units", () => {
    const hourly = score(
      { compensationType: "HOURLY", compensationMin: 3_000, compensationMax: 5_000 },
      { expectedMonthlyYen: null, expectedHourlyYen: 4_000 },
    );
    expect(reason(hourly, "scoring.reason.payWithin")?.params).toEqual({
      expectedYen: 4_000,
      expectedUnit: "hour",
      offerYen: 5_000,
      offerUnit: "hour",
    });
    // ¥5,000 × 10 h × 4.33 = ¥216,500 a month; expecting ¥400,000 a month is far above.
    const across = score(
      { compensationType: "HOURLY", compensationMin: 3_000, compensationMax: 5_000 },
      { expectedMonthlyYen: 400_000 },
    );
    expect(reason(across, "scoring.reason.payFarApart")?.params).toEqual({
      expectedYen: 400_000,
      expectedUnit: "month",
      offerYen: 5_000,
      offerUnit: "hour",
    });
    const unknown = score({ compensationMin: null, compensationMax: null });
    expect(unknown.parts.compensation.score).toBe(10 * scoreWeights.compensation.unknownBudget);
    expect(unknown.reasons.filter((r) => r.part === "compensation")).toEqual([]);
    const noExpectation = score({}, { expectedMonthlyYen: null });
    expect(noExpectation.parts.compensation.score).toBe(8);
  });

  it("compensation: an unpaid challenge is a concern for someone who expects pay", () => {
    const unpaid = score(
      { compensationType: "NONE", compensationMin: null, compensationMax: null },
      { expectedMonthlyYen: null, expectedHourlyYen: 3_000 },
    );
    expect(reason(unpaid, "scoring.reason.payUnpaid")).toEqual({
      key: "scoring.reason.payUnpaid",
      params: { expectedYen: 3_000, expectedUnit: "hour" },
      tone: "bad",
      part: "compensation",
    });
    expect(unpaid.mismatches).toEqual([]);
    const proBono = score(
      { compensationType: "NONE", compensationMin: null, compensationMax: null },
      { expectedMonthlyYen: null },
    );
    expect(reason(proBono, "scoring.reason.payProBono")).toMatchObject({ tone: "neutral" });
    expect(proBono.parts.compensation.score).toBe(10);
  });

  it("mismatch: no engagement type in common", () => {
    const result = score({}, { engagementTypes: ["FULL_TIME_RELOCATION", "PRO_BONO"] });
    expect(result.mismatches).toEqual([
      {
        key: "scoring.reason.engagementNone",
        params: { offered: "SIDE_JOB,CONTRACT", wanted: "FULL_TIME_RELOCATION,PRO_BONO" },
        tone: "mismatch",
        part: "engagement",
      },
    ]);
    expect(result.total).toBeLessThanOrEqual(40);
    const unknown = score({}, { engagementTypes: [] });
    expect(unknown.parts.engagement.score).toBe(5);
    expect(unknown.mismatches).toEqual([]);
  });

  it("several mismatches are all listed, first", () => {
    const result = score(
      { workStyle: "ONSITE", compensationMax: 100_000 },
      { workStyles: ["REMOTE"], engagementTypes: ["PRO_BONO"], expectedMonthlyYen: 500_000 },
    );
    expect(keysOf(result.mismatches)).toEqual([
      "scoring.reason.workStyleRemoteOnly",
      "scoring.reason.payFarApart",
      "scoring.reason.engagementNone",
    ]);
    expect(result.reasons.slice(0, 3)).toEqual(result.mismatches);
  });

  it("prepared inputs score exactly like raw ones", () => {
    const c = challenge();
    const p = professional({ text: "EC事業の販路開拓と顧客管理" });
    expect(scorePair(prepareChallenge(c), prepareProfessional(p), { now })).toEqual(
      scorePair(c, p, { now }),
    );
  });

  it("the result is plain JSON", () => {
    const result = score();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const skillPool = [
  python,
  salesforce,
  finance,
  excel,
  { skillId: "seo", nameJa: "SEO", nameEn: "SEO" },
  { skillId: "hr", nameJa: "人事制度設計", nameEn: "HR system design" },
];
const levels: SkillLevel[] = ["BASIC", "INTERMEDIATE", "ADVANCED", "EXPERT"];
const tieKinds: TieKind[] = ["BIRTHPLACE", "PAST_RESIDENCE", "FAMILY", "OTHER"];
const prefectures = ["01", "13", "15", "19", "20", "39", "47"];
const texts = [
  "",
  "ECサイトの販路開拓",
  "Salesforceによる顧客管理とデジタルマーケティング",
  "人事制度の設計と採用ブランディング",
  "財務分析と資金調達、事業承継",
  "We want to grow online sales with Python data analysis",
];
const dateArb = fc.option(
  fc.date({
    min: new Date("2025-01-01T00:00:00Z"),
    max: new Date("2027-12-31T00:00:00Z"),
    noInvalidDate: true,
  }),
  { nil: null },
);
const yenArb = fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null });

const challengeArb: fc.Arbitrary<ChallengeForScoring> = fc.record({
  id: fc.constant("c"),
  text: fc.constantFrom(...texts),
  skills: fc
    .subarray(skillPool)
    .chain((skills) =>
      fc.tuple(...skills.map((skill) => fc.boolean().map((required) => ({ ...skill, required })))),
    )
    .map((skills) => [...skills]),
  prefectureCode: fc.constantFrom(...prefectures),
  engagementTypes: fc.subarray<EngagementType>([...engagementTypes]),
  workStyle: fc.constantFrom<WorkStyle>(...workStyles),
  onsiteVisitsPerMonth: fc.integer({ min: 0, max: 8 }),
  hoursPerWeek: fc.integer({ min: 0, max: 40 }),
  durationMonths: fc.integer({ min: 1, max: 24 }),
  compensationType: fc.constantFrom("MONTHLY", "HOURLY", "NONE" as const),
  compensationMin: yenArb,
  compensationMax: yenArb,
  startDate: dateArb,
});

const professionalSkillArb = (skill: (typeof skillPool)[number]) =>
  fc.record({
    skillId: fc.constant(skill.skillId),
    nameJa: fc.constant(skill.nameJa),
    nameEn: fc.constant(skill.nameEn),
    level: fc.constantFrom(...levels),
    years: fc.integer({ min: 0, max: 30 }),
  });

const professionalArb: fc.Arbitrary<ProfessionalForScoring> = fc.record({
  id: fc.constant("p"),
  text: fc.constantFrom(...texts),
  skills: fc
    .subarray(skillPool)
    .chain((skills) => fc.tuple(...skills.map(professionalSkillArb)))
    .map((skills) => [...skills]),
  regionCodes: fc.subarray(prefectures),
  ties: fc.array(
    fc.record({
      prefectureCode: fc.constantFrom(...prefectures),
      kind: fc.constantFrom(...tieKinds),
    }),
    { maxLength: 3 },
  ),
  engagementTypes: fc.subarray<EngagementType>([...engagementTypes]),
  workStyles: fc.subarray<WorkStyle>([...workStyles]),
  onsiteVisitsPerMonth: fc.integer({ min: 0, max: 10 }),
  hoursPerWeek: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  availableFrom: dateArb,
  expectedMonthlyYen: yenArb,
  expectedHourlyYen: yenArb,
});

const nowArb = fc.date({
  min: new Date("2025-06-01T00:00:00Z"),
  max: new Date("2027-06-01T00:00:00Z"),
  noInvalidDate: true,
});

describe("scorePair: properties", () => {
  it("is bounded: an integer total in [0, 100], every part in [0, max]", () => {
    fc.assert(
      fc.property(challengeArb, professionalArb, nowArb, (c, p, at) => {
        const result = scorePair(c, p, { now: at });
        expect(Number.isInteger(result.total)).toBe(true);
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(100);
        for (const name of scorePartNames) {
          const part = result.parts[name];
          expect(part.score).toBeGreaterThanOrEqual(0);
          expect(part.score).toBeLessThanOrEqual(part.max);
        }
        if (result.mismatches.length > 0) {
          expect(result.total).toBeLessThanOrEqual(scoreWeights.mismatchCap);
        }
        expect(result.mismatches).toEqual(result.reasons.filter((r) => r.tone === "mismatch"));
      }),
      { numRuns: 500 },
    );
  });

  it("is monotonic in matching skills: adding a required skill never lowers the score", () => {
    fc.assert(
      fc.property(
        challengeArb,
        professionalArb,
        fc.constantFrom(...levels),
        fc.integer({ min: 0, max: 30 }),
        (c, p, level, years) => {
          const missing = c.skills.find(
            (skill) => skill.required && !p.skills.some((own) => own.skillId === skill.skillId),
          );
          fc.pre(missing !== undefined);
          const before = scorePair(c, p, { now });
          const added = {
            ...p,
            skills: [
              ...p.skills,
              {
                skillId: missing!.skillId,
                nameJa: missing!.nameJa,
                nameEn: missing!.nameEn,
                level,
                years,
              },
            ],
          };
          const after = scorePair(c, added, { now });
          expect(after.total).toBeGreaterThanOrEqual(before.total);
          expect(after.parts.skills.score).toBeGreaterThan(before.parts.skills.score);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is monotonic in level and years of a matched skill", () => {
    fc.assert(
      fc.property(
        challengeArb,
        professionalArb,
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 10 }),
        (c, p, pick, levelSteps, moreYears) => {
          const matched = p.skills.filter((own) =>
            c.skills.some((skill) => skill.skillId === own.skillId),
          );
          fc.pre(matched.length > 0);
          const target = matched[pick % matched.length]!;
          const raised = {
            ...p,
            skills: p.skills.map((own) =>
              own === target
                ? {
                    ...own,
                    level: levels[Math.min(3, levels.indexOf(own.level) + levelSteps)]!,
                    years: own.years + moreYears,
                  }
                : own,
            ),
          };
          const before = scorePair(c, p, { now });
          const after = scorePair(c, raised, { now });
          expect(after.total).toBeGreaterThanOrEqual(before.total);
          expect(after.parts.skills.score).toBeGreaterThanOrEqual(before.parts.skills.score);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same input twice gives deep-equal results", () => {
    fc.assert(
      fc.property(challengeArb, professionalArb, (c, p) => {
        expect(scorePair(c, p, { now })).toEqual(
          scorePair(structuredClone(c), structuredClone(p), { now }),
        );
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------
// The builders: what both sides see
// ---------------------------------------------------------------------------

/** A profile row as Prisma returns it, with the private fields scoring must never read. */
type FullProfile = Omit<ProfileScoringSource, "careers" | "ties"> & {
  userId: string;
  user: { name: string };
  bio: string;
  currentEmployer: string | null;
  links: string;
  visibility: "PUBLIC" | "SIGNED_IN" | "ANONYMOUS";
  careers: Array<{ organisation: string; title: string; description: string }>;
  ties: Array<{
    prefectureCode: string;
    kind: TieKind;
    municipality: string | null;
    note: string | null;
  }>;
};

const freeText = fc.constantFrom(
  "",
  "株式会社信州精密工業",
  "Salesforce導入と販路開拓を10年担当",
  "Python data analysis at Acme Corp",
  "ECサイトの顧客管理",
);

const fullProfileArb: fc.Arbitrary<FullProfile> = fc.record({
  id: fc.constant("p"),
  userId: fc.constant("u"),
  user: fc.record({ name: freeText }),
  bio: freeText,
  currentEmployer: fc.option(freeText, { nil: null }),
  links: fc.constantFrom("[]", '[{"label":"Blog","url":"https://example.com/ec"}]'),
  visibility: fc.constantFrom("PUBLIC", "SIGNED_IN", "ANONYMOUS" as const),
  headline: fc.constantFrom("", "ECと販路開拓の専門家", "Salesforce consultant"),
  certificates: fc.constantFrom(
    "[]",
    '[{"name":"中小企業診断士","issuer":"経済産業省"}]',
    "not json",
  ),
  engagementTypes: fc.subarray([...engagementTypes]).map((codes) => codes.join(",")),
  workStyles: fc.subarray([...workStyles]).map((codes) => codes.join(",")),
  onsiteVisitsPerMonth: fc.integer({ min: 0, max: 8 }),
  hoursPerWeek: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  availableFrom: dateArb,
  expectedMonthlyYen: yenArb,
  expectedHourlyYen: yenArb,
  skills: fc
    .subarray(skillPool)
    .chain((skills) =>
      fc.tuple(
        ...skills.map((skill) =>
          fc.record({
            skillId: fc.constant(skill.skillId),
            years: fc.integer({ min: 0, max: 20 }),
            level: fc.constantFrom(...levels),
            skill: fc.constant({ id: skill.skillId, nameJa: skill.nameJa, nameEn: skill.nameEn }),
          }),
        ),
      ),
    )
    .map((skills) => [...skills]),
  careers: fc.array(
    fc.record({
      organisation: freeText,
      title: fc.constantFrom("営業部長", "マーケティング担当", "CFO"),
      description: freeText,
    }),
    { maxLength: 3 },
  ),
  regions: fc
    .subarray(prefectures)
    .map((codes) => codes.map((prefectureCode) => ({ prefectureCode }))),
  ties: fc.array(
    fc.record({
      prefectureCode: fc.constantFrom(...prefectures),
      kind: fc.constantFrom(...tieKinds),
      municipality: fc.option(fc.constantFrom("松本市", "安曇野市"), { nil: null }),
      note: fc.option(freeText, { nil: null }),
    }),
    { maxLength: 3 },
  ),
});

const challengeSource: ChallengeScoringSource = {
  id: "c",
  title: "ECサイトの販路開拓",
  summary: "Salesforceによる顧客管理",
  background: "Python でデータ分析",
  successCriteria: "",
  deliverables: "",
  skills: [
    { skillId: "python", required: true, skill: { nameJa: "Python", nameEn: "Python" } },
    { skillId: "excel", required: false, skill: { nameJa: "Excel", nameEn: "Excel" } },
  ],
  prefectureCode: "20",
  engagementTypes: "SIDE_JOB,CONTRACT",
  workStyle: "HYBRID",
  onsiteVisitsPerMonth: 2,
  hoursPerWeek: 10,
  durationMonths: 6,
  compensationType: "MONTHLY",
  compensationMin: 200_000,
  compensationMax: 300_000,
  startDate,
};

describe("scoring input builders", () => {
  it("map a challenge row to the scoring input", () => {
    expect(challengeForScoring(challengeSource)).toEqual({
      id: "c",
      text: "ECサイトの販路開拓\nSalesforceによる顧客管理\nPython でデータ分析",
      skills: [
        { skillId: "python", nameJa: "Python", nameEn: "Python", required: true },
        { skillId: "excel", nameJa: "Excel", nameEn: "Excel", required: false },
      ],
      prefectureCode: "20",
      engagementTypes: ["SIDE_JOB", "CONTRACT"],
      workStyle: "HYBRID",
      onsiteVisitsPerMonth: 2,
      hoursPerWeek: 10,
      durationMonths: 6,
      compensationType: "MONTHLY",
      compensationMin: 200_000,
      compensationMax: 300_000,
      startDate,
    });
  });

  it("map a profile to what the anonymous view shows, and nothing else", () => {
    const full: FullProfile = {
      id: "p",
      userId: "u",
      user: { name: "佐藤 花子" },
      bio: "長野県在住",
      links: '[{"label":"Blog","url":"https://example.com/hanako"}]',
      visibility: "ANONYMOUS",
      currentEmployer: "株式会社ひみつ",
      headline: "ECと販路開拓の専門家",
      certificates: '[{"name":"中小企業診断士","issuer":"株式会社ひみつ"}]',
      engagementTypes: "CONTRACT,SIDE_JOB,UNKNOWN",
      workStyles: "REMOTE",
      onsiteVisitsPerMonth: 1,
      hoursPerWeek: 10,
      availableFrom: null,
      expectedMonthlyYen: 300_000,
      expectedHourlyYen: null,
      skills: [
        {
          skillId: "python",
          years: 3,
          level: "ADVANCED",
          skill: { nameJa: "Python", nameEn: "Python" },
        },
      ],
      careers: [{ organisation: "株式会社ひみつ", title: "営業部長", description: "ひみつの仕事" }],
      regions: [{ prefectureCode: "20" }, { prefectureCode: "20" }],
      ties: [{ prefectureCode: "20", kind: "FAMILY", municipality: "松本市", note: "祖母" }],
    };
    const input = professionalForScoring(full);
    expect(input).toEqual({
      id: "p",
      text: "ECと販路開拓の専門家\n営業部長\n中小企業診断士",
      skills: [
        { skillId: "python", nameJa: "Python", nameEn: "Python", level: "ADVANCED", years: 3 },
      ],
      regionCodes: ["20"],
      ties: [{ prefectureCode: "20", kind: "FAMILY" }],
      engagementTypes: ["SIDE_JOB", "CONTRACT"],
      workStyles: ["REMOTE"],
      onsiteVisitsPerMonth: 1,
      hoursPerWeek: 10,
      availableFrom: null,
      expectedMonthlyYen: 300_000,
      expectedHourlyYen: null,
    });
    expect(JSON.stringify(input)).not.toMatch(/ひみつ|佐藤|松本|祖母|長野県在住|hanako/);
  });

  it("symmetric: private fields never change the score, whoever looks", () => {
    const challengeInput = challengeForScoring(challengeSource);
    fc.assert(
      fc.property(fullProfileArb, fullProfileArb, (profile, other) => {
        // Everything a viewer may not see taken from another profile.
        const changed: FullProfile = {
          ...profile,
          user: other.user,
          bio: other.bio,
          currentEmployer: other.currentEmployer,
          links: other.links,
          visibility: other.visibility,
          careers: profile.careers.map((career, index) => ({
            ...career,
            organisation: other.careers[index]?.organisation ?? "別の会社",
            description: other.careers[index]?.description ?? "別の説明",
          })),
          ties: profile.ties.map((tie, index) => ({
            ...tie,
            municipality: other.ties[index]?.municipality ?? null,
            note: other.ties[index]?.note ?? null,
          })),
        };
        expect(professionalForScoring(changed)).toEqual(professionalForScoring(profile));
        expect(scorePair(challengeInput, professionalForScoring(changed), { now })).toEqual(
          scorePair(challengeInput, professionalForScoring(profile), { now }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
