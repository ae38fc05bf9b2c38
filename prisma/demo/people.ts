/**
 * Generated professionals: urban specialists, freelancers and U/I-turn candidates,
 * built from archetypes (what they do) and the places they care about.
 */
import type { ProfileVisibility, SkillLevel, TieKind } from "~/generated/prisma/enums";
import { prefectureCodes, prefectureName } from "~/modules/reference/prefectures";
import type { EngagementType, WorkStyleCode } from "~/modules/reference/work";
import { companyKinds } from "./companies";
import { familyNames, givenNames, homePrefectures, latinNames, municipalities } from "./places";
import { createRandom, type Random } from "./random";
import type { ProfileSpec } from "./types";

type Archetype = {
  /** what they are, for headlines: "Webマーケター" */
  role: string;
  /** what they have done, for bios: "Webマーケティングと広告運用" */
  domain: string;
  core: readonly string[];
  extra: readonly string[];
  industries: readonly string[];
  titles: readonly string[];
  wishes: readonly string[];
  certificates: ReadonlyArray<{ name: string; issuer: string }>;
};

const archetypes: readonly Archetype[] = [
  {
    role: "Webマーケター",
    domain: "Webマーケティングと広告運用",
    core: ["web-marketing", "web-ads", "seo", "google-analytics"],
    extra: [
      "sns-marketing",
      "content-marketing",
      "cvr-optimisation",
      "marketing-automation",
      "email-marketing",
      "search-ads",
    ],
    industries: ["G", "I", "L"],
    titles: ["マーケティングマネージャー", "デジタルマーケティング担当", "広告運用リード"],
    wishes: [
      "地方の良い商品がもっと売れるよう、集客の仕組みづくりを手伝いたい",
      "データに基づくマーケティングを地方企業に根づかせたい",
    ],
    certificates: [
      { name: "Google 広告認定資格", issuer: "Google" },
      { name: "ウェブ解析士", issuer: "ウェブ解析士協会" },
    ],
  },
  {
    role: "ECプロデューサー",
    domain: "ECサイトの立ち上げと運営",
    core: ["ec-operations", "ec-site-development", "rakuten-ichiba", "shopify"],
    extra: [
      "amazon-marketplace",
      "d2c",
      "cross-border-ec",
      "ec-fulfilment",
      "subscription-commerce",
      "ec-merchandising",
    ],
    industries: ["I", "E"],
    titles: ["EC事業部 マネージャー", "ECサイト店長", "D2Cブランド責任者"],
    wishes: [
      "地域の食品や工芸品をネットで全国に届けたい",
      "ECの立ち上げで困っている会社の力になりたい",
    ],
    certificates: [{ name: "ネットショップ検定", issuer: "日本ネットショップ協会" }],
  },
  {
    role: "DX推進リーダー",
    domain: "業務改革とシステム導入",
    core: [
      "dx-promotion",
      "business-process-improvement",
      "requirements-definition",
      "project-management",
    ],
    extra: [
      "kintone",
      "salesforce",
      "erp",
      "rpa",
      "no-code",
      "cloud-migration",
      "it-strategy",
      "system-selection",
    ],
    industries: ["G", "L"],
    titles: ["ITコンサルタント", "DX推進室 マネージャー", "プロジェクトマネージャー"],
    wishes: [
      "中小企業のデジタル化を、現場に寄り添って進めたい",
      "IT担当がいない会社の相談相手になりたい",
    ],
    certificates: [
      { name: "ITストラテジスト", issuer: "IPA" },
      { name: "PMP", issuer: "PMI" },
      { name: "kintone認定 アソシエイト", issuer: "サイボウズ" },
    ],
  },
  {
    role: "ソフトウェアエンジニア",
    domain: "Webサービスと業務システムの開発",
    core: ["web-application-development", "typescript", "python", "aws"],
    extra: [
      "react",
      "javascript",
      "database-design",
      "api-integration",
      "devops",
      "ruby-on-rails",
      "golang",
      "google-cloud",
      "php",
    ],
    industries: ["G"],
    titles: ["シニアエンジニア", "テックリード", "フルスタックエンジニア"],
    wishes: [
      "本業で培った技術を地域の課題解決に使いたい",
      "小さなチームで業務システムを内製する支援をしたい",
    ],
    certificates: [
      { name: "AWS 認定ソリューションアーキテクト", issuer: "Amazon Web Services" },
      { name: "応用情報技術者", issuer: "IPA" },
    ],
  },
  {
    role: "データアナリスト",
    domain: "データ分析と可視化",
    core: ["data-analysis", "business-intelligence", "statistics", "kpi-design"],
    extra: [
      "python",
      "tableau",
      "power-bi",
      "bigquery",
      "machine-learning",
      "generative-ai",
      "demand-forecasting",
      "data-engineering",
    ],
    industries: ["G", "J", "L"],
    titles: ["データアナリスト", "データサイエンティスト", "BIエンジニア"],
    wishes: [
      "データを経営に活かす文化を地方企業に広げたい",
      "勘と経験をデータで裏づける手伝いをしたい",
    ],
    certificates: [
      { name: "統計検定2級", issuer: "統計質保証推進協会" },
      { name: "G検定", issuer: "日本ディープラーニング協会" },
    ],
  },
  {
    role: "デザイナー",
    domain: "ブランドとWebのデザイン",
    core: ["graphic-design", "web-design", "ui-design", "package-design"],
    extra: [
      "figma",
      "illustrator",
      "photoshop",
      "logo-design",
      "ux-design",
      "photography",
      "website-production",
    ],
    industries: ["L", "G"],
    titles: ["アートディレクター", "UIデザイナー", "グラフィックデザイナー"],
    wishes: [
      "地域の商品の魅力をデザインで伝えたい",
      "パッケージや店づくりから地域のブランドを育てたい",
    ],
    certificates: [{ name: "色彩検定1級", issuer: "色彩検定協会" }],
  },
  {
    role: "経営企画",
    domain: "経営企画と新規事業開発",
    core: ["business-strategy", "new-business-development", "business-planning", "mid-term-plan"],
    extra: [
      "market-research",
      "strategic-alliances",
      "business-model-design",
      "lean-startup",
      "open-innovation",
      "management-consulting",
      "okr",
    ],
    industries: ["L", "G", "E", "J"],
    titles: ["経営企画部 部長", "事業開発マネージャー", "戦略コンサルタント"],
    wishes: ["地方企業の次の柱づくりに伴走したい", "経営者の右腕として事業計画を形にしたい"],
    certificates: [
      { name: "中小企業診断士", issuer: "中小企業診断協会" },
      { name: "MBA", issuer: "ビジネススクール" },
    ],
  },
  {
    role: "財務・CFO",
    domain: "財務・経理と資金調達",
    core: ["cfo", "fundraising", "management-accounting", "financial-analysis"],
    extra: [
      "accounting",
      "budget-management",
      "ipo-preparation",
      "cash-flow-management",
      "monthly-closing",
      "capital-policy",
      "subsidies",
      "cost-management",
    ],
    industries: ["J", "L", "E"],
    titles: ["CFO", "経理財務部長", "公認会計士"],
    wishes: ["地方企業の財務の相談相手になりたい", "数字で経営を支える仕組みを中小企業に届けたい"],
    certificates: [
      { name: "公認会計士", issuer: "金融庁" },
      { name: "日商簿記1級", issuer: "日本商工会議所" },
      { name: "税理士", issuer: "国税庁" },
    ],
  },
  {
    role: "人事",
    domain: "人事制度設計と採用",
    core: ["hr-system-design", "recruitment", "talent-development", "organisational-development"],
    extra: [
      "employer-branding",
      "compensation-design",
      "labour-management",
      "management-training",
      "onboarding",
      "hr-tech",
      "employee-engagement",
      "foreign-talent",
    ],
    industries: ["L", "G", "R"],
    titles: ["人事部長", "採用マネージャー", "組織開発コンサルタント"],
    wishes: ["人が育ち定着する組織づくりを地方企業で実践したい", "採用に悩む中小企業を支えたい"],
    certificates: [
      { name: "社会保険労務士", issuer: "全国社会保険労務士会連合会" },
      { name: "キャリアコンサルタント", issuer: "厚生労働省" },
    ],
  },
  {
    role: "生産管理エンジニア",
    domain: "生産管理と工場の改善",
    core: [
      "production-management",
      "lean-manufacturing",
      "quality-control",
      "inventory-management",
    ],
    extra: [
      "five-s",
      "iso-9001",
      "production-engineering",
      "factory-automation",
      "smart-factory",
      "cost-reduction",
      "tpm",
      "industrial-engineering",
      "procurement",
    ],
    industries: ["E"],
    titles: ["生産管理課長", "製造部 マネージャー", "品質保証課長"],
    wishes: ["ものづくりの現場の生産性向上に貢献したい", "地元の町工場の改善活動を手伝いたい"],
    certificates: [
      { name: "QC検定2級", issuer: "日本規格協会" },
      { name: "技術士（経営工学）", issuer: "文部科学省" },
    ],
  },
  {
    role: "機械設計エンジニア",
    domain: "機械設計と製品開発",
    core: ["mechanical-design", "cad", "product-development"],
    extra: [
      "electrical-design",
      "machining",
      "production-engineering",
      "iot",
      "factory-automation",
      "quality-control",
    ],
    industries: ["E"],
    titles: ["設計エンジニア", "開発部 主任", "製品開発リーダー"],
    wishes: [
      "地方のものづくり企業の製品開発を支えたい",
      "設計の3D化や自動化を現場と一緒に進めたい",
    ],
    certificates: [{ name: "機械設計技術者2級", issuer: "日本機械設計工業会" }],
  },
  {
    role: "物流コンサルタント",
    domain: "物流改善とサプライチェーン",
    core: ["logistics-improvement", "supply-chain-management", "warehouse-management"],
    extra: [
      "transport-planning",
      "third-party-logistics",
      "cold-chain",
      "logistics-2024",
      "material-handling",
      "inventory-management",
    ],
    industries: ["H", "I"],
    titles: ["物流センター長", "SCMマネージャー", "物流コンサルタント"],
    wishes: ["2024年問題に悩む地方の物流を支えたい", "物流の仕組みから地方企業の利益を改善したい"],
    certificates: [{ name: "物流技術管理士", issuer: "日本ロジスティクスシステム協会" }],
  },
  {
    role: "観光プロデューサー",
    domain: "観光地域づくりと宿泊施設の運営",
    core: ["inbound-tourism", "hotel-management", "destination-management"],
    extra: [
      "revenue-management",
      "ota-management",
      "experience-tourism",
      "hospitality-service",
      "multilingual-support",
      "workation",
      "mice",
    ],
    industries: ["M", "N"],
    titles: ["ホテル支配人", "観光プロデューサー", "DMO マネージャー"],
    wishes: ["地域の観光資源を磨き、稼げる観光をつくりたい", "宿の経営改善に現場目線で関わりたい"],
    certificates: [
      { name: "全国通訳案内士", issuer: "観光庁" },
      { name: "旅行業務取扱管理者", issuer: "観光庁" },
    ],
  },
  {
    role: "食品開発・6次化プランナー",
    domain: "食品の商品開発と販路づくり",
    core: ["food-product-development", "local-specialties", "sixth-sector"],
    extra: [
      "haccp",
      "food-labelling",
      "food-safety",
      "product-planning",
      "food-exports",
      "menu-development",
    ],
    industries: ["E", "I", "M"],
    titles: ["商品開発マネージャー", "食品バイヤー", "フードコーディネーター"],
    wishes: ["地域の食材を全国で選ばれる商品に育てたい", "生産者と一緒に新しい加工品をつくりたい"],
    certificates: [
      { name: "食品表示検定上級", issuer: "食品表示検定協会" },
      { name: "HACCPコーディネーター", issuer: "日本食品保蔵科学会" },
    ],
  },
  {
    role: "農業経営アドバイザー",
    domain: "農業経営とスマート農業",
    core: ["farm-management", "smart-agriculture", "produce-marketing"],
    extra: ["gap-certification", "organic-farming", "sixth-sector", "data-analysis", "livestock"],
    industries: ["A"],
    titles: ["農業法人 経営企画", "営農指導員", "アグリテック事業責任者"],
    wishes: ["農業を次の世代が継ぎたくなる仕事にしたい", "データを使った農業経営を広めたい"],
    certificates: [{ name: "農業経営アドバイザー", issuer: "日本政策金融公庫" }],
  },
  {
    role: "海外事業開発",
    domain: "海外営業と輸出",
    core: ["overseas-expansion", "export-sales", "english", "trade-operations"],
    extra: [
      "asean-markets",
      "china-market",
      "north-america-market",
      "europe-market",
      "cross-border-ec",
      "overseas-distributors",
      "chinese",
      "translation",
    ],
    industries: ["I", "E", "L"],
    titles: ["海外営業部 マネージャー", "貿易実務担当", "海外事業責任者"],
    wishes: ["日本の地方の良いものを世界に届けたい", "海外展開に挑戦する中小企業を支えたい"],
    certificates: [
      { name: "TOEIC 900点", issuer: "IIBC" },
      { name: "貿易実務検定A級", issuer: "日本貿易実務検定協会" },
    ],
  },
  {
    role: "企業法務",
    domain: "企業法務とコンプライアンス",
    core: ["corporate-legal", "contract-review", "compliance"],
    extra: [
      "intellectual-property",
      "data-protection",
      "internal-control",
      "risk-management",
      "labour-law",
      "corporate-governance",
      "bcp",
    ],
    industries: ["L", "J"],
    titles: ["法務部 マネージャー", "企業内弁護士", "コンプライアンス責任者"],
    wishes: [
      "法務担当がいない中小企業の相談相手になりたい",
      "契約やリスク管理で地方企業を守りたい",
    ],
    certificates: [
      { name: "ビジネス実務法務検定2級", issuer: "東京商工会議所" },
      { name: "弁護士", issuer: "日本弁護士連合会" },
    ],
  },
  {
    role: "事業承継・M&Aアドバイザー",
    domain: "事業承継とM&A",
    core: ["business-succession", "m-and-a", "valuation"],
    extra: [
      "due-diligence",
      "pmi",
      "successor-development",
      "share-transfer",
      "restructuring",
      "family-business",
      "second-founding",
    ],
    industries: ["J", "L"],
    titles: ["M&Aアドバイザー", "事業承継コンサルタント", "地方銀行 法人営業"],
    wishes: ["後継者不在で廃業する会社を一社でも減らしたい", "承継後の経営の立て直しに伴走したい"],
    certificates: [
      { name: "M&Aシニアエキスパート", issuer: "金融財政事情研究会" },
      { name: "中小企業診断士", issuer: "中小企業診断協会" },
    ],
  },
  {
    role: "ブランディング・広報",
    domain: "ブランディングと広報",
    core: ["branding", "public-relations", "brand-strategy"],
    extra: [
      "press-releases",
      "media-relations",
      "regional-branding",
      "copywriting",
      "brand-storytelling",
      "rebranding",
      "mission-vision",
      "sns-marketing",
    ],
    industries: ["L", "G", "N"],
    titles: ["広報マネージャー", "ブランドマネージャー", "PRプランナー"],
    wishes: ["地域の会社の想いを、伝わる言葉にしたい", "地方企業の広報の仕組みづくりを手伝いたい"],
    certificates: [{ name: "PRプランナー", issuer: "日本パブリックリレーションズ協会" }],
  },
  {
    role: "法人営業",
    domain: "法人営業と営業組織づくり",
    core: ["corporate-sales", "sales-strategy", "sales-management"],
    extra: [
      "inside-sales",
      "customer-success",
      "sfa",
      "solution-selling",
      "key-account-management",
      "channel-sales",
      "sales-channel-development",
      "salesforce",
    ],
    industries: ["G", "I", "E"],
    titles: ["営業部長", "インサイドセールス マネージャー", "カスタマーサクセス リード"],
    wishes: [
      "属人的な営業を仕組みに変える手伝いをしたい",
      "地方企業の販路開拓を営業の現場から支えたい",
    ],
    certificates: [{ name: "Salesforce 認定アドミニストレーター", issuer: "Salesforce" }],
  },
  {
    role: "地域活性化プランナー",
    domain: "地域活性化と官民連携",
    core: ["regional-revitalisation", "public-private-partnership", "relocation-promotion"],
    extra: [
      "hometown-tax",
      "vacant-house-revival",
      "shopping-street-revival",
      "relationship-population",
      "event-planning",
      "community-management",
    ],
    industries: ["S", "L", "Q"],
    titles: ["まちづくりプランナー", "地域おこし協力隊OB", "自治体 企画課"],
    wishes: [
      "関係人口として地域に関わり続けたい",
      "ふるさとの商店街や空き家に新しい役割をつくりたい",
    ],
    certificates: [{ name: "地域活性化伝道師", issuer: "内閣府" }],
  },
];

const employers: Record<string, readonly string[]> = {
  A: ["株式会社グリーンアグリ", "JA関連法人"],
  E: ["大手電機メーカー", "東邦精機株式会社", "日本フードテック株式会社", "中部化成工業株式会社"],
  G: [
    "株式会社クラウドワークス・ジャパン",
    "株式会社ネクストソフト",
    "大手SIer",
    "株式会社データブリッジ",
    "メガベンチャー",
  ],
  H: ["日本ロジテム株式会社", "大手物流会社"],
  I: ["大手百貨店", "株式会社ライフマート", "大手総合商社", "株式会社ハートフル通販"],
  J: ["地方銀行", "大手証券会社", "メガバンク"],
  L: ["大手コンサルティングファーム", "監査法人", "株式会社ブランドワークス", "広告代理店"],
  M: ["外資系ホテル", "大手旅行会社"],
  N: ["大手旅行会社", "株式会社トラベルデザイン"],
  Q: ["地域の協同組合"],
  R: ["人材サービス会社", "株式会社ヒューマンリンク"],
  S: ["県庁", "市役所"],
};

const tieNotes: Record<TieKind, readonly string[]> = {
  BIRTHPLACE: ["生まれ育った町です", "高校まで過ごしました", "実家があります"],
  PAST_RESIDENCE: [
    "転勤で3年住んでいました",
    "大学時代を過ごしました",
    "地域おこし協力隊として2年暮らしました",
  ],
  FAMILY: ["両親が暮らしています", "妻の実家があります", "祖父母の家があります"],
  OTHER: ["毎年通っている好きな町です", "副業で関わった地域です", "ふるさと納税でつながりました"],
};

function years(random: Random, level: SkillLevel) {
  switch (level) {
    case "BASIC":
      return random.int(1, 2);
    case "INTERMEDIATE":
      return random.int(2, 5);
    case "ADVANCED":
      return random.int(5, 10);
    case "EXPERT":
      return random.int(10, 20);
  }
}

function name(random: Random, index: number): { name: string; locale: "ja" | "en" } {
  if (index % 37 === 11) {
    const person = latinNames[((index / 37) % latinNames.length) | 0]!;
    return { name: person.name, locale: person.locale };
  }
  return { name: `${random.pick(familyNames)} ${random.pick(givenNames)}`, locale: "ja" };
}

/** `count` professionals; a few of them work at a demo company and block it. */
export function generateProfiles(count: number, seed: number): ProfileSpec[] {
  const random = createRandom(seed);
  // Employers big enough to have staff with side jobs.
  const blockable = [...companyKinds.values()].filter((row) => row[5] !== "E1_9");
  const profiles: ProfileSpec[] = [];
  for (let index = 0; index < count; index += 1) {
    const archetype = archetypes[index % archetypes.length]!;
    const person = name(random, index);
    const career = random.int(3, 25);
    const visibility = random.weighted<ProfileVisibility>([
      ["PUBLIC", 35],
      ["SIGNED_IN", 40],
      ["ANONYMOUS", 15],
      ["HIDDEN", 10],
    ]);
    const home = random.weighted(homePrefectures);
    const homeTown = random.pick(municipalities[home]!);

    // Where they work now: a demo company for some (they block it), else elsewhere.
    const atDemoCompany = index % 23 === 5 ? random.pick(blockable) : null;
    const freelance = !atDemoCompany && random.chance(0.25);
    const industry = atDemoCompany?.[4] ?? random.pick(archetype.industries);
    const employer = atDemoCompany
      ? atDemoCompany[1]
      : freelance
        ? null
        : random.pick(employers[industry] ?? employers.L!);

    // Ties: a birthplace for most, sometimes more.
    const ties: ProfileSpec["ties"] = [];
    const tieCount = random.weighted([
      [0, 15],
      [1, 50],
      [2, 25],
      [3, 10],
    ] as const);
    const tiePrefectures = random.sample(
      prefectureCodes.filter((code) => code !== "13"),
      tieCount,
    );
    tiePrefectures.forEach((code, tieIndex) => {
      const kind: TieKind =
        tieIndex === 0 && random.chance(0.7)
          ? "BIRTHPLACE"
          : random.weighted<TieKind>([
              ["PAST_RESIDENCE", 40],
              ["FAMILY", 35],
              ["OTHER", 25],
            ]);
      ties.push({
        prefectureCode: code,
        municipality: random.chance(0.85) ? random.pick(municipalities[code]!) : null,
        kind,
        note: random.chance(0.6) ? random.pick(tieNotes[kind]) : null,
      });
    });
    const regions = [
      ...new Set([...tiePrefectures, ...random.sample(prefectureCodes, random.int(0, 3))]),
    ];

    // How they want to work.
    const engagement = new Set<EngagementType>();
    if (random.chance(freelance ? 0.3 : 0.75)) engagement.add("SIDE_JOB");
    if (freelance || random.chance(0.35)) engagement.add("CONTRACT");
    if (random.chance(ties.length > 0 ? 0.2 : 0.08)) engagement.add("FULL_TIME_RELOCATION");
    if (random.chance(0.1)) engagement.add("PRO_BONO");
    if (engagement.size === 0) engagement.add("SIDE_JOB");
    const styles = new Set<WorkStyleCode>();
    if (random.chance(0.8)) styles.add("REMOTE");
    if (random.chance(0.55)) styles.add("HYBRID");
    if (engagement.has("FULL_TIME_RELOCATION") || random.chance(0.15)) styles.add("ONSITE");
    if (styles.size === 0) styles.add("REMOTE");
    const hoursPerWeek = engagement.has("FULL_TIME_RELOCATION")
      ? 40
      : freelance
        ? random.int(10, 30)
        : random.pick([4, 5, 6, 8, 8, 10, 10, 12, 15, 20]);

    // Skills: the archetype's core plus a few extras.
    const picked = [
      ...random.sample(archetype.core, random.int(2, archetype.core.length)),
      ...random.sample(archetype.extra, random.int(1, 4)),
    ];
    const skills = picked.map((slug, skillIndex) => {
      const level = random.weighted<SkillLevel>(
        skillIndex < 2 && career > 8
          ? [
              ["ADVANCED", 50],
              ["EXPERT", 40],
              ["INTERMEDIATE", 10],
            ]
          : [
              ["BASIC", 20],
              ["INTERMEDIATE", 45],
              ["ADVANCED", 30],
              ["EXPERT", 5],
            ],
      );
      return { slug, level, years: Math.min(career, years(random, level)) };
    });

    // Career: the current job, and one or two before it.
    const startCareer = 2026 - career;
    const jobs = random.int(1, Math.min(3, 1 + Math.floor(career / 5)));
    const careers: ProfileSpec["careers"] = [];
    let end: number | null = null;
    for (let job = 0; job < jobs; job += 1) {
      const last = job === jobs - 1;
      const start: number = last
        ? startCareer
        : Math.max(startCareer + 1, (end ?? 2026) - random.int(2, 8));
      const organisation =
        job === 0 && employer
          ? employer
          : job === 0 && freelance
            ? "フリーランス"
            : random.pick(employers[random.pick(archetype.industries)] ?? employers.L!);
      careers.push({
        organisation,
        industryCode: job === 0 ? industry : random.pick(archetype.industries),
        title: random.pick(archetype.titles),
        startYear: start,
        endYear: end,
        description:
          job === 0 ? `${archetype.domain}を担当。` : `${archetype.domain}の実務に従事。`,
      });
      end = start;
    }

    const tie = ties[0];
    const tieText = tie
      ? `${prefectureName(tie.prefectureCode, "ja")}${tie.municipality ?? ""}に${tie.kind === "BIRTHPLACE" ? "生まれ、" : "ゆかりがあり、"}いつか地域に恩返しをしたいと思っています。`
      : "";
    const homeText = `${prefectureName(home, "ja")}${homeTown}在住。`;
    const workText = freelance
      ? `フリーランスとして${career}年、${archetype.domain}に携わっています。`
      : `${employer ?? "企業"}で${archetype.domain}に携わり、経験は${career}年になります。`;
    const wish = `${random.pick(archetype.wishes)}と考えています。`;
    const availability = engagement.has("FULL_TIME_RELOCATION")
      ? "条件が合えば移住も前向きに考えています。"
      : `週${hoursPerWeek}時間ほど、${styles.has("REMOTE") ? "リモートを中心に" : "現地に伺いながら"}関われます。`;

    const english = random.chance(0.3) || person.locale === "en";
    profiles.push({
      key: `pro-${String(index + 1).padStart(3, "0")}`,
      name: person.name,
      email: `pro.${String(index + 1).padStart(3, "0")}@demo.enishi.example`,
      locale: person.locale,
      headline: `${archetype.role}${freelance ? "（フリーランス）" : ""}。${random.pick(archetype.wishes)}`,
      bio: [homeText + workText, tieText + wish, availability].filter(Boolean).join("\n\n"),
      currentEmployer: employer,
      currentIndustryCode: industry,
      industryCodes: [industry, ...random.sample(archetype.industries, random.int(0, 2))],
      certificates: random.sample(archetype.certificates, random.int(0, 2)).map((certificate) => ({
        ...certificate,
        year: random.int(Math.max(startCareer, 2000), 2025),
      })),
      languages: [
        { language: person.locale === "en" ? "English" : "日本語", level: "NATIVE" },
        ...(english && person.locale !== "en"
          ? [{ language: "英語", level: random.pick(["BUSINESS", "CONVERSATIONAL", "FLUENT"]) }]
          : []),
        ...(person.locale === "en"
          ? [{ language: "日本語", level: random.pick(["BUSINESS", "CONVERSATIONAL"]) }]
          : []),
      ],
      links: random.chance(0.3)
        ? [{ label: "LinkedIn", url: `https://www.linkedin.com/in/enishi-demo-${index + 1}` }]
        : [],
      engagementTypes: [...engagement],
      workStyles: [...styles],
      onsiteVisitsPerMonth: styles.has("ONSITE")
        ? random.int(2, 8)
        : styles.has("HYBRID")
          ? random.int(1, 3)
          : 0,
      hoursPerWeek: random.chance(0.92) ? hoursPerWeek : null,
      availableInDays: random.chance(0.8)
        ? random.pick([-60, -30, 0, 0, 7, 14, 30, 30, 60, 90])
        : null,
      expectedMonthlyYen: random.chance(0.7) ? random.int(5, 40) * 10_000 : null,
      expectedHourlyYen: random.chance(0.5) ? random.int(6, 20) * 500 : null,
      visibility,
      joinedDaysAgo: random.int(1, 420),
      skills,
      careers,
      regions,
      ties,
      blocks: atDemoCompany ? [atDemoCompany[0]] : [],
    });
  }
  return profiles;
}
