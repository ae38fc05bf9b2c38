import { describe, expect, it } from "vitest";
import { scoringMessages } from "~/lib/i18n/messages/scoring";
import { getTranslator } from "~/lib/i18n/translate";
import { formatYen, joinNames, reasonText } from "./reasons";
import type { MatchReason, ReasonKey } from "./score";

const ja = getTranslator("ja");
const en = getTranslator("en");
const startDate = new Date("2026-04-01T00:00:00+09:00").toISOString();
const availableFromDate = new Date("2026-05-10T00:00:00+09:00").toISOString();
const pay = { expectedYen: 400_000, expectedUnit: "month", offerYen: 200_000, offerUnit: "month" };

/** Every reason key, with params as score.ts makes them, in Japanese and English. */
const cases: Array<[ReasonKey, MatchReason["params"], string, string]> = [
  [
    "scoring.reason.skillsRequired",
    { matched: 3, total: 3 },
    "必須スキル3件中3件一致",
    "Required skills: 3 of 3",
  ],
  [
    "scoring.reason.skillsNice",
    { matched: 1, total: 2 },
    "歓迎スキル2件中1件一致",
    "Nice-to-have skills: 1 of 2",
  ],
  [
    "scoring.reason.skillsMatched",
    { namesJa: "Python\nSalesforce", namesEn: "Python\nSalesforce", count: 2 },
    "Python と Salesforce が一致",
    "Python and Salesforce match",
  ],
  [
    "scoring.reason.skillsMatched",
    { namesJa: "Python\n財務分析\nExcel", namesEn: "Python\nFinancial analysis\nExcel", count: 3 },
    "Python、財務分析 と Excel が一致",
    "Python, Financial analysis and Excel match",
  ],
  [
    "scoring.reason.skillsMatchedOne",
    { namesJa: "財務分析", namesEn: "Financial analysis", count: 1 },
    "財務分析 が一致",
    "Financial analysis matches",
  ],
  [
    "scoring.reason.skillsMissing",
    { namesJa: "財務分析", namesEn: "Financial analysis", count: 1, more: 0 },
    "不足: 財務分析",
    "Missing: Financial analysis",
  ],
  [
    "scoring.reason.skillsMissing",
    {
      namesJa: "財務分析\nSEO\nExcel",
      namesEn: "Financial analysis\nSEO\nExcel",
      count: 3,
      more: 2,
    },
    "不足: 財務分析、SEO と Excel ほか2件",
    "Missing: Financial analysis, SEO and Excel and 2 more",
  ],
  ["scoring.reason.skillsNone", {}, "スキルの指定はありません", "No skills specified"],
  [
    "scoring.reason.textTerms",
    { terms: "販路開拓\nec" },
    "プロフィールに関連する語: 「販路開拓」「ec」",
    'Related words in the profile: "販路開拓", "ec"',
  ],
  [
    "scoring.reason.regionWants",
    { prefecture: "20" },
    "長野県での活動を希望",
    "Wants to work in Nagano",
  ],
  [
    "scoring.reason.regionWantsBlock",
    { block: "chubu" },
    "中部地方での活動を希望",
    "Wants to work in the Chubu region",
  ],
  [
    "scoring.reason.regionRemote",
    {},
    "リモート中心のため地域は問いません",
    "Mostly remote, so location matters less",
  ],
  ["scoring.reason.tieBirthplace", { prefecture: "20" }, "長野県出身", "From Nagano"],
  [
    "scoring.reason.tiePastResidence",
    { prefecture: "20" },
    "長野県に住んでいたことがある",
    "Has lived in Nagano",
  ],
  ["scoring.reason.tieFamily", { prefecture: "20" }, "長野県に家族がいる", "Has family in Nagano"],
  ["scoring.reason.tieOther", { prefecture: "20" }, "長野県にゆかりがある", "Has ties to Nagano"],
  [
    "scoring.reason.tieNearby",
    { prefecture: "15" },
    "近隣の新潟県にゆかりがある",
    "Has ties to nearby Niigata",
  ],
  [
    "scoring.reason.workStyleOk",
    { style: "HYBRID" },
    "ハイブリッドの働き方に対応",
    "Open to hybrid work",
  ],
  [
    "scoring.reason.workStyleOther",
    { style: "HYBRID", styles: "REMOTE,ONSITE" },
    "希望する働き方はリモート・現地勤務（募集: ハイブリッド）",
    "Prefers remote or on site work (this challenge: hybrid)",
  ],
  [
    "scoring.reason.workStyleRemoteOnly",
    {},
    "リモートのみ希望のため、現地勤務に対応できません",
    "Accepts remote work only; this challenge is on site",
  ],
  ["scoring.reason.visitsOk", { visits: 2 }, "月2回の訪問が可能", "Can visit twice a month"],
  ["scoring.reason.visitsOk", { visits: 1 }, "月1回の訪問が可能", "Can visit once a month"],
  [
    "scoring.reason.visitsShort",
    { visits: 1, needed: 4 },
    "訪問は月1回まで（必要: 月4回）",
    "Can visit once a month (4 times needed)",
  ],
  [
    "scoring.reason.visitsNone",
    { needed: 2 },
    "現地への訪問は難しい（必要: 月2回）",
    "Cannot visit on site (twice a month needed)",
  ],
  ["scoring.reason.hoursOk", { needed: 10 }, "週10時間の稼働が可能", "Can work 10 hours a week"],
  [
    "scoring.reason.hoursShort",
    { hours: 5, needed: 10 },
    "稼働は週5時間まで（必要: 週10時間）",
    "Available 5 hours a week (10 needed)",
  ],
  [
    "scoring.reason.startOk",
    { startDate },
    "開始予定日（2026/04/01）から参加可能",
    "Available from the start date (Apr 1, 2026)",
  ],
  ["scoring.reason.startNow", {}, "すぐに参加可能", "Available now"],
  [
    "scoring.reason.startLate",
    { availableFromDate, startDate },
    "参加できるのは2026/05/10から（開始予定: 2026/04/01）",
    "Available only from May 10, 2026 (start: Apr 1, 2026)",
  ],
  [
    "scoring.reason.startLater",
    { availableFromDate },
    "2026/05/10から参加可能",
    "Available from May 10, 2026",
  ],
  [
    "scoring.reason.payWithin",
    { expectedYen: 250_000, expectedUnit: "month", offerYen: 300_000, offerUnit: "month" },
    "報酬の希望が予算内（希望 月25万円 / 上限 月30万円）",
    "Expected pay within budget (expects ¥250,000/month; up to ¥300,000/month)",
  ],
  [
    "scoring.reason.payAbove",
    { expectedYen: 6_000, expectedUnit: "hour", offerYen: 5_000, offerUnit: "hour" },
    "報酬の希望が予算を上回ります（希望 時給6,000円 / 上限 時給5,000円）",
    "Expects more than the budget (expects ¥6,000/hour; up to ¥5,000/hour)",
  ],
  [
    "scoring.reason.payFarApart",
    pay,
    "報酬の希望が大きく離れています（希望 月40万円 / 上限 月20万円）",
    "Pay expectations far apart (expects ¥400,000/month; up to ¥200,000/month)",
  ],
  [
    "scoring.reason.payUnpaid",
    { expectedYen: 3_000, expectedUnit: "hour" },
    "報酬なしの課題です（希望 時給3,000円）",
    "Unpaid challenge (expects ¥3,000/hour)",
  ],
  [
    "scoring.reason.payProBono",
    {},
    "報酬なし（プロボノ）の課題です",
    "Unpaid (pro bono) challenge",
  ],
  [
    "scoring.reason.engagementOk",
    { engagements: "SIDE_JOB" },
    "副業・兼業で参加可能",
    "Can join as side job",
  ],
  [
    "scoring.reason.engagementOk",
    { engagements: "SIDE_JOB,CONTRACT" },
    "副業・兼業、業務委託で参加可能",
    "Can join as side job or contract",
  ],
  [
    "scoring.reason.engagementNone",
    { offered: "SIDE_JOB,CONTRACT", wanted: "FULL_TIME_RELOCATION" },
    "契約形態が合いません（募集: 副業・兼業、業務委託 / 希望: 正社員・移住）",
    "Engagement types don't match (offered: side job, contract; wanted: full-time with relocation)",
  ],
];

const reasonOf = (key: ReasonKey, params: MatchReason["params"]): MatchReason => ({
  key,
  params,
  tone: "good",
  part: "skills",
});

describe("reasonText", () => {
  it.each(cases)("%s %j", (key, params, japanese, english) => {
    expect(reasonText(reasonOf(key, params), ja, "ja")).toBe(japanese);
    expect(reasonText(reasonOf(key, params), en, "en")).toBe(english);
  });

  it("covers every reason key of the catalogue", () => {
    const keys = Object.keys(scoringMessages.ja).filter(
      (key) => key.startsWith("scoring.reason.") && key !== "scoring.reason.skillsMore",
    );
    expect(new Set(cases.map(([key]) => key))).toEqual(new Set(keys));
  });

  it("leaves no placeholder unfilled", () => {
    for (const [key, params] of cases) {
      expect(reasonText(reasonOf(key, params), ja, "ja")).not.toMatch(/[{}]/);
      expect(reasonText(reasonOf(key, params), en, "en")).not.toMatch(/[{}]/);
    }
  });

  it("renders unknown codes as they are rather than failing", () => {
    expect(reasonText(reasonOf("scoring.reason.regionWants", { prefecture: "99" }), ja, "ja")).toBe(
      "99での活動を希望",
    );
  });
});

describe("formatYen and joinNames", () => {
  it("formats yen per locale and unit", () => {
    expect(formatYen(400_000, "month", ja, "ja")).toBe("月40万円");
    expect(formatYen(125_000, "month", ja, "ja")).toBe("月12.5万円");
    expect(formatYen(8_000, "month", ja, "ja")).toBe("月8,000円");
    expect(formatYen(5_000, "hour", ja, "ja")).toBe("時給5,000円");
    expect(formatYen(400_000, "month", en, "en")).toBe("¥400,000/month");
    expect(formatYen(5_000, "hour", en, "en")).toBe("¥5,000/hour");
  });

  it("joins names in each language", () => {
    expect(joinNames([], "ja")).toBe("");
    expect(joinNames(["A"], "en")).toBe("A");
    expect(joinNames(["A", "B"], "ja")).toBe("A と B");
    expect(joinNames(["A", "B", "C"], "en", "or")).toBe("A, B or C");
  });
});
