import { type Filter, type SearchQuery, and, anyOf, eq, not, or, range } from "../engine";
import {
  ENGAGEMENT_TYPES,
  REGION_PREFECTURES,
  WORK_STYLES,
  CATEGORIES,
  seededRandom,
} from "./corpus";

export interface BenchQuery {
  index: "profiles" | "challenges";
  query: SearchQuery;
}

const KEYWORDS = [
  "営業",
  "マーケティング",
  "DX",
  "人事",
  "採用",
  "経理",
  "販路",
  "販路開拓",
  "越境EC",
  "インバウンド",
  "事業承継",
  "補助金",
  "観光",
  "農業",
  "データ分析",
  "生成AI",
  "品質管理",
  "生産管理",
  "ブランディング",
  "広報",
  "資金調達",
  "業務改善",
  "地域活性化",
  "新規事業",
  "物流",
  "研修",
  "コンサルティング",
  "EC",
  "SNS運用",
  "動画制作",
];
const KATAKANA = [
  "セールス",
  "マーケター",
  "デジタルマーケター",
  "コンサルタント",
  "エンジニア",
  "デザイナー",
  "セールスイネーブルメント",
  "プロダクトマネージャー",
  "カスタマーサクセス",
  "インサイドセールス",
];
const SYNONYMS = [
  "通販",
  "eコマース",
  "デジタル化",
  "販路拡大",
  "リクルーティング",
  "複業",
  "セールスフォース",
  "キントーン",
  "ｾｰﾙｽ",
  "ﾏｰｹﾃｨﾝｸﾞ",
];
const ENGLISH = [
  "Python",
  "Salesforce",
  "kintone",
  "Shopify",
  "AWS",
  "Figma",
  "Tableau",
  "HubSpot",
  "TypeScript",
  "SQL",
];
const TYPOS = [
  "pyhton",
  "salesfroce",
  "kintoen",
  "shopfiy",
  "tabelau",
  "hubspt",
  "typescirpt",
  "wordpres",
];
const PREFIXES = ["マーケ", "sales", "デジ", "kin", "販", "pyt", "セール", "採", "shop", "コンサ"];
const PAIRS = [
  "Python データ分析",
  "営業 DX",
  "マーケティング 副業",
  "EC 立ち上げ",
  "販路開拓 食品",
  "採用 ブランディング",
  "kintone 業務改善",
  "生成AI 活用",
  "インバウンド 観光",
  "事業承継 M&A",
  "Salesforce 営業",
  "SEO 集客",
];

const PROFILE_FACETS = ["prefecture", "regionBlock", "engagementTypes", "workStyles", "remoteOk"];
const CHALLENGE_FACETS = ["regionBlock", "category", "engagementTypes", "workStyles", "remoteOk"];

/** ≥ 200 queries shaped like the app's: keywords of every kind, filters, facets, pages. */
export function benchQueries(count = 240): BenchQuery[] {
  const random = seededRandom(2024);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const profileFilter = (): Filter | undefined => {
    switch (Math.floor(random() * 8)) {
      case 0:
        return undefined;
      case 1:
        return eq("prefecture", random() < 0.5 ? "13" : pick(["01", "27", "40", "17", "32"]));
      case 2:
        return anyOf(
          "prefecture",
          REGION_PREFECTURES(pick(["tohoku", "chubu", "kyushu", "chugoku"])),
        );
      case 3:
        return eq("engagementTypes", pick(ENGAGEMENT_TYPES));
      case 4:
        return and(range("hourlyRate", { gte: 3000, lte: 8000 }), eq("remoteOk", true));
      case 5:
        return and(
          eq("visibility", "public"),
          or(eq("workStyles", "リモート"), eq("regionBlock", "kinki")),
        );
      case 6:
        return and(
          not(eq("engagementTypes", "顧問")),
          range("updatedAt", { gte: Date.UTC(2024, 0, 1) }),
        );
      default:
        return and(
          eq("regionBlock", pick(["kanto", "kinki", "kyushu"])),
          eq("engagementTypes", "副業"),
        );
    }
  };
  const challengeFilter = (): Filter | undefined =>
    pick<Filter | undefined>([
      undefined,
      eq("category", pick(CATEGORIES)),
      and(eq("regionBlock", pick(["tohoku", "kanto", "chubu"])), eq("remoteOk", true)),
      anyOf("workStyles", [pick(WORK_STYLES)]),
      range("deadline", { gte: Date.UTC(2024, 6, 1) }),
    ]);

  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 12;
    const keyword =
      kind <= 3
        ? pick(KEYWORDS)
        : kind === 4
          ? pick(KATAKANA)
          : kind === 5
            ? pick(SYNONYMS)
            : kind === 6
              ? pick(ENGLISH)
              : kind === 7
                ? pick(TYPOS)
                : kind === 8
                  ? pick(PREFIXES)
                  : kind === 9
                    ? pick(PAIRS)
                    : kind === 10
                      ? ""
                      : pick(KEYWORDS);
    const challenges = i % 6 === 5;
    const query: SearchQuery = {
      q: keyword,
      filter: challenges ? challengeFilter() : profileFilter(),
      facets: random() < 0.85 ? (challenges ? CHALLENGE_FACETS : PROFILE_FACETS) : undefined,
      highlight: challenges ? ["title", "description"] : ["headline", "bio"],
      hitsPerPage: 20,
      page: random() < 0.15 ? 2 : 1,
      prefix: kind === 8,
    };
    if (kind === 10 || random() < 0.1) {
      query.sort = [
        {
          field: challenges ? "deadline" : "updatedAt",
          direction: random() < 0.5 ? "asc" : "desc",
        },
      ];
    }
    queries.push({ index: challenges ? "challenges" : "profiles", query });
  }
  return queries;
}
