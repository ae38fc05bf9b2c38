import type { IndexSettings, SearchDocument } from "../engine";

/**
 * A deterministic corpus for the search benchmark: dense Japanese professional
 * profiles and company challenges mixing in English terms, built from a seeded PRNG so
 * two runs (and the two engines) index exactly the same text.
 */

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
const pickSome = <T>(random: Random, items: readonly T[], min: number, max: number): T[] => {
  const count = min + Math.floor(random() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(random, items));
  return [...chosen];
};
/** Skewed towards the start of the list, like real vocabularies. */
const pickSkewed = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() ** 2 * items.length)]!;

export const PREFECTURES = Array.from({ length: 47 }, (_, index) =>
  String(index + 1).padStart(2, "0"),
);
const PREFECTURE_NAMES = [
  "北海道",
  "青森県",
  "岩手県",
  "宮城県",
  "秋田県",
  "山形県",
  "福島県",
  "茨城県",
  "栃木県",
  "群馬県",
  "埼玉県",
  "千葉県",
  "東京都",
  "神奈川県",
  "新潟県",
  "富山県",
  "石川県",
  "福井県",
  "山梨県",
  "長野県",
  "岐阜県",
  "静岡県",
  "愛知県",
  "三重県",
  "滋賀県",
  "京都府",
  "大阪府",
  "兵庫県",
  "奈良県",
  "和歌山県",
  "鳥取県",
  "島根県",
  "岡山県",
  "広島県",
  "山口県",
  "徳島県",
  "香川県",
  "愛媛県",
  "高知県",
  "福岡県",
  "佐賀県",
  "長崎県",
  "熊本県",
  "大分県",
  "宮崎県",
  "鹿児島県",
  "沖縄県",
];
const BLOCK_STARTS: Array<[number, string]> = [
  [1, "hokkaido"],
  [2, "tohoku"],
  [8, "kanto"],
  [15, "chubu"],
  [24, "kinki"],
  [31, "chugoku"],
  [36, "shikoku"],
  [40, "kyushu"],
];
export function regionBlock(prefecture: string): string {
  const code = Number(prefecture);
  return BLOCK_STARTS.filter(([start]) => code >= start).at(-1)![1];
}
export const REGION_PREFECTURES = (block: string) =>
  PREFECTURES.filter((code) => regionBlock(code) === block);

export const ENGAGEMENT_TYPES = ["副業", "兼業", "業務委託", "プロボノ", "顧問"];
export const WORK_STYLES = ["リモート", "訪問", "ハイブリッド"];
export const CATEGORIES = [
  "営業・販路開拓",
  "マーケティング",
  "人事・採用",
  "財務・経理",
  "DX・IT",
  "生産・品質",
  "事業承継",
  "観光・インバウンド",
  "新規事業",
  "広報・ブランディング",
];

export const ROLES = [
  "営業マネージャー",
  "セールスイネーブルメント担当",
  "デジタルマーケター",
  "Webマーケター",
  "人事コンサルタント",
  "採用担当",
  "経理・財務アドバイザー",
  "Pythonエンジニア",
  "データサイエンティスト",
  "Webデザイナー",
  "越境ECコンサルタント",
  "事業承継アドバイザー",
  "DX推進リーダー",
  "プロダクトマネージャー",
  "プロジェクトマネージャー",
  "中小企業診断士",
  "広報・PR担当",
  "ブランディングディレクター",
  "SEOコンサルタント",
  "kintoneエンジニア",
  "Salesforce管理者",
  "生産管理アドバイザー",
  "品質管理エンジニア",
  "物流改善コンサルタント",
  "観光プロデューサー",
  "インバウンド集客支援",
  "地域活性化コーディネーター",
  "補助金申請サポート",
  "財務コンサルタント",
  "法務アドバイザー",
  "UI/UXデザイナー",
  "フロントエンドエンジニア",
  "インフラエンジニア",
  "セキュリティコンサルタント",
  "ECサイト運営",
  "カスタマーサクセス",
  "経営企画",
  "新規事業開発",
  "M&Aアドバイザー",
  "研修講師",
];
const QUALIFIERS = [
  "",
  "",
  "",
  "（副業）",
  "｜元大手メーカー",
  "・フリーランス",
  "（兼業）",
  "｜地方創生",
];

export const SKILLS = [
  "Python",
  "Salesforce",
  "kintone",
  "Excel",
  "SQL",
  "AWS",
  "GCP",
  "Azure",
  "JavaScript",
  "TypeScript",
  "React",
  "Vue.js",
  "Node.js",
  "Java",
  "Go言語",
  "C#",
  "C++",
  "PHP",
  "WordPress",
  "Shopify",
  "HubSpot",
  "Google Analytics",
  "SEO",
  "リスティング広告",
  "SNS運用",
  "Instagram",
  "YouTube",
  "動画制作",
  "ライティング",
  "コピーライティング",
  "ブランディング",
  "マーケティング",
  "デジタルマーケティング",
  "営業",
  "法人営業",
  "インサイドセールス",
  "営業企画",
  "CRM",
  "SFA",
  "MA",
  "採用",
  "人事評価",
  "労務",
  "研修",
  "組織開発",
  "経理",
  "会計",
  "財務",
  "資金調達",
  "補助金",
  "事業計画",
  "事業承継",
  "M&A",
  "生産管理",
  "品質管理",
  "在庫管理",
  "物流",
  "SCM",
  "業務改善",
  "RPA",
  "DX",
  "データ分析",
  "機械学習",
  "生成AI",
  "ChatGPT",
  "BI",
  "Tableau",
  "Power BI",
  "Figma",
  "Photoshop",
  "Illustrator",
  "UI",
  "UX",
  "プロジェクトマネジメント",
  "PMO",
  "アジャイル",
  "英語",
  "中国語",
  "翻訳",
  "インバウンド",
  "越境EC",
  "観光",
  "地域活性化",
  "農業",
  "六次産業化",
  "ふるさと納税",
  "広報",
  "PR",
  "イベント企画",
  "EC",
  "通販",
  "コンサルティング",
  "税務",
  "法務",
  "知的財産",
  "セキュリティ",
  "ネットワーク",
  "インフラ",
  "クラウド",
  "SaaS",
  "ERP",
  "カスタマーサポート",
  "コールセンター",
  "ファシリテーション",
  "コーチング",
  "メンタリング",
  "新規事業",
  "商品開発",
  "市場調査",
  "ロジスティクス",
  "脱炭素",
  "SDGs",
  "BCP",
  "KPI",
  "OKR",
];
const ENGLISH_SKILLS = [
  "Python",
  "Salesforce",
  "kintone",
  "Shopify",
  "HubSpot",
  "AWS",
  "Figma",
  "Tableau",
  "SQL",
  "TypeScript",
  "marketing",
  "sales enablement",
  "project management",
  "data analysis",
  "e-commerce",
  "branding",
];
const INDUSTRIES = [
  "製造業",
  "小売業",
  "IT企業",
  "広告代理店",
  "観光業",
  "食品メーカー",
  "物流会社",
  "金融機関",
  "コンサルティングファーム",
  "地方銀行",
  "建設会社",
  "医療法人",
  "旅館",
  "農業法人",
  "スタートアップ",
];
const ACTIVITIES = [
  "新規顧客の開拓",
  "販路開拓",
  "販路拡大",
  "業務効率化",
  "DX推進",
  "採用活動",
  "人事制度の設計",
  "資金調達",
  "マーケティング戦略の立案",
  "ECサイトの立ち上げ",
  "ブランド構築",
  "海外展開",
  "SNS運用",
  "データ分析基盤の構築",
  "生産管理の改善",
  "品質管理体制の構築",
  "コスト削減",
  "事業承継の支援",
  "インバウンド対応",
  "観光プロモーション",
];
const PROJECTS = [
  "DXプロジェクト",
  "基幹システム刷新",
  "ECサイトのリニューアル",
  "営業組織の立ち上げ",
  "セールスイネーブルメント施策",
  "採用ブランディング",
  "新規事業の立ち上げ",
  "業務自動化",
  "顧客管理の一元化",
  "越境ECの立ち上げ",
];
const RESULTS = [
  "売上の二倍増",
  "業務時間の三割削減",
  "新規顧客の獲得",
  "離職率の改善",
  "問い合わせ件数の増加",
  "在庫の適正化",
];
const CHALLENGES = [
  "経営課題",
  "人材不足",
  "後継者不足",
  "販路開拓",
  "デジタル化",
  "業務効率化",
  "採用難",
  "ブランド力の向上",
  "資金繰り",
  "海外展開",
];
const STYLES = ["リモート", "月2回の訪問", "オンラインと訪問の組み合わせ", "週1回の定例会議"];
const METRICS = ["売上", "粗利", "生産性", "顧客満足度", "成約率"];

function bio(random: Random, prefecture: string, skills: string[]): string {
  const skill = () => (random() < 0.6 ? pick(random, skills) : pickSkewed(random, SKILLS));
  const sentences = [
    () =>
      `${pick(random, INDUSTRIES)}で${3 + Math.floor(random() * 20)}年間、${skill()}を中心に${pick(random, ACTIVITIES)}を担当してきました。`,
    () =>
      `前職では${skill()}と${skill()}を活用した${pick(random, PROJECTS)}を推進し、${pick(random, RESULTS)}を実現しました。`,
    () =>
      `現在は${PREFECTURE_NAMES[Number(prefecture) - 1]}を拠点に、地方の中小企業の${pick(random, CHALLENGES)}を${pick(random, STYLES)}で支援しています。`,
    () => `${skill()}の導入から定着まで伴走し、${pick(random, METRICS)}の改善に貢献しました。`,
    () => `得意分野は${skill()}、${skill()}、${skill()}です。`,
    () =>
      `副業として月${5 + Math.floor(random() * 40)}時間ほど、${pick(random, STYLES)}での関わりを希望します。`,
    () =>
      `I have hands-on experience with ${pick(random, ENGLISH_SKILLS)} and ${pick(random, ENGLISH_SKILLS)}, and enjoy working with regional companies.`,
  ];
  let text = "";
  while (text.length < 300) text += pick(random, sentences)();
  return text;
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(2023, 0, 1);

export function profile(random: Random, index: number): SearchDocument {
  const prefecture = random() < 0.25 ? "13" : pick(random, PREFECTURES);
  const skills = Array.from({ length: 3 + Math.floor(random() * 6) }, () =>
    pickSkewed(random, SKILLS),
  );
  return {
    id: `pro_${index}`,
    headline: pick(random, ROLES) + pick(random, QUALIFIERS),
    skills: [...new Set(skills)],
    bio: bio(random, prefecture, skills),
    prefecture,
    regionBlock: regionBlock(prefecture),
    engagementTypes: pickSome(random, ENGAGEMENT_TYPES, 1, 3),
    workStyles: pickSome(random, WORK_STYLES, 1, 2),
    hoursPerMonth: 5 + Math.floor(random() * 76),
    hourlyRate: 2000 + 500 * Math.floor(random() * 27),
    visibility: random() < 0.85 ? "public" : "anonymous",
    remoteOk: random() < 0.7,
    updatedAt: EPOCH + Math.floor(random() * 700) * DAY,
    fit: Math.round(random() * 1000) / 1000,
  };
}

export function challenge(random: Random, index: number): SearchDocument {
  const prefecture = pick(random, PREFECTURES);
  const tags = pickSome(random, SKILLS, 2, 5);
  const industry = pick(random, INDUSTRIES);
  let description = `${PREFECTURE_NAMES[Number(prefecture) - 1]}の${industry}です。`;
  while (description.length < 300) {
    description += pick(random, [
      () =>
        `${pick(random, CHALLENGES)}に課題を抱えており、${pick(random, ACTIVITIES)}を一緒に進めていただける方を探しています。`,
      () =>
        `${pick(random, tags)}の経験がある方、特に${pick(random, tags)}に詳しい方を歓迎します。`,
      () =>
        `${pick(random, STYLES)}を基本に、月${5 + Math.floor(random() * 30)}時間程度の関わりを想定しています。`,
      () => `目標は${pick(random, METRICS)}の改善と${pick(random, RESULTS)}です。`,
      () => `We welcome professionals with ${pick(random, ENGLISH_SKILLS)} experience.`,
    ])();
  }
  const minimum = 50_000 + 10_000 * Math.floor(random() * 20);
  return {
    id: `chl_${index}`,
    title: `${pick(random, ACTIVITIES)}を支援してくれる${pick(random, ROLES)}を募集`,
    tags,
    description,
    prefecture,
    regionBlock: regionBlock(prefecture),
    category: pick(random, CATEGORIES),
    engagementTypes: pickSome(random, ENGAGEMENT_TYPES, 1, 2),
    workStyles: pickSome(random, WORK_STYLES, 1, 2),
    compensationMax: minimum + 10_000 * Math.floor(random() * 30),
    remoteOk: random() < 0.6,
    publishedAt: EPOCH + Math.floor(random() * 700) * DAY,
    deadline: EPOCH + Math.floor(random() * 900) * DAY,
    fit: Math.round(random() * 1000) / 1000,
  };
}

export const PROFILE_SETTINGS: IndexSettings = {
  name: "profiles",
  primaryKey: "id",
  searchableAttributes: ["headline", "skills", "bio"],
  filterableAttributes: {
    prefecture: "keyword",
    regionBlock: "keyword",
    engagementTypes: "keywords",
    workStyles: "keywords",
    hoursPerMonth: "number",
    hourlyRate: "number",
    visibility: "keyword",
    remoteOk: "boolean",
    updatedAt: "date",
  },
  sortableAttributes: ["updatedAt", "hourlyRate"],
  facetAttributes: ["prefecture", "regionBlock", "engagementTypes", "workStyles", "remoteOk"],
  fitAttribute: "fit",
};

export const CHALLENGE_SETTINGS: IndexSettings = {
  name: "challenges",
  primaryKey: "id",
  searchableAttributes: ["title", "tags", "description"],
  filterableAttributes: {
    prefecture: "keyword",
    regionBlock: "keyword",
    category: "keyword",
    engagementTypes: "keywords",
    workStyles: "keywords",
    compensationMax: "number",
    remoteOk: "boolean",
    publishedAt: "date",
    deadline: "date",
  },
  sortableAttributes: ["publishedAt", "deadline"],
  facetAttributes: [
    "regionBlock",
    "prefecture",
    "category",
    "engagementTypes",
    "workStyles",
    "remoteOk",
  ],
  fitAttribute: "fit",
};

/** Documents in batches, generated on demand so the corpus is never all in memory. */
export function* batches(
  make: (random: Random, index: number) => SearchDocument,
  count: number,
  seed: number,
  size = 2_000,
): Generator<SearchDocument[]> {
  const random = seededRandom(seed);
  for (let start = 0; start < count; start += size) {
    const batch: SearchDocument[] = [];
    for (let index = start; index < Math.min(count, start + size); index++)
      batch.push(make(random, index));
    yield batch;
  }
}
