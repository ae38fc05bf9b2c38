import type { IndexSettings, SearchDocument } from "../engine";

/** A small profile index in the shape the app will use, for the contract suite. */
export function contractSettings(name: string): IndexSettings {
  return {
    name,
    primaryKey: "id",
    searchableAttributes: ["headline", "skills", "bio"],
    filterableAttributes: {
      prefecture: "keyword",
      engagementTypes: "keywords",
      hourlyRate: "number",
      remoteOk: "boolean",
      updatedAt: "date",
    },
    sortableAttributes: ["hourlyRate", "updatedAt"],
    facetAttributes: ["prefecture", "engagementTypes", "remoteOk"],
    fitAttribute: "fit",
  };
}

const LONG_BIO =
  "北海道の食品メーカーで二十年にわたり生産管理と品質管理を担当し、工場の立ち上げから" +
  "現場改善、取引先との調整まで幅広く経験してきました。近年は地域の中小企業に向けて、" +
  "原価の見える化や在庫の適正化を伴走型で支援しています。製造現場のデータを集め、" +
  "Excel と kintone で日次の進捗を共有する仕組みを作り、属人化した業務を標準化しました。" +
  "現在は生成AIを使った需要予測にも取り組み、販路開拓の相談にも応じています。";

export const CONTRACT_DOCUMENTS: SearchDocument[] = [
  {
    id: "p1",
    headline: "セールスイネーブルメント担当",
    skills: ["Salesforce", "営業企画"],
    bio: "地方の製造業でセールス組織の立ち上げを支援しました。",
    prefecture: "01",
    engagementTypes: ["副業", "業務委託"],
    hourlyRate: 5000,
    remoteOk: true,
    updatedAt: new Date("2024-05-01T00:00:00Z"),
    fit: 0.8,
  },
  {
    id: "p2",
    headline: "デジタルマーケター",
    skills: ["SEO", "Google Analytics"],
    bio: "ECサイトの集客とマーケティング支援を10年。販路開拓の実績多数。",
    prefecture: "13",
    engagementTypes: ["副業"],
    hourlyRate: 6000,
    remoteOk: true,
    updatedAt: new Date("2024-06-01T00:00:00Z"),
    fit: 0.9,
  },
  {
    id: "p3",
    headline: "Pythonエンジニア",
    skills: ["Django", "AWS"],
    bio: "データ分析基盤の構築。kintone 連携にも対応できます。",
    prefecture: "27",
    engagementTypes: ["業務委託"],
    hourlyRate: 7000,
    remoteOk: false,
    updatedAt: new Date("2024-03-15T00:00:00Z"),
    fit: 0.5,
  },
  {
    id: "p4",
    headline: "人事コンサルタント",
    skills: ["採用", "人事評価"],
    bio: "中小企業の人事制度設計とHR領域のDX推進。",
    prefecture: "40",
    engagementTypes: ["プロボノ"],
    hourlyRate: 4000,
    remoteOk: true,
    updatedAt: new Date("2024-01-10T00:00:00Z"),
    fit: 0.7,
  },
  {
    id: "p5",
    headline: "営業代行",
    skills: ["法人営業"],
    bio: "BtoBの新規開拓とインサイドセールス。",
    prefecture: "01",
    engagementTypes: ["副業"],
    hourlyRate: 3000,
    remoteOk: false,
    updatedAt: new Date("2023-12-01T00:00:00Z"),
    fit: 0.6,
  },
  {
    id: "p6",
    headline: "経理・財務アドバイザー",
    skills: ["会計", "Excel"],
    bio: "事業承継とM&Aの財務デューデリジェンス。",
    prefecture: "13",
    engagementTypes: ["業務委託", "副業"],
    hourlyRate: 8000,
    remoteOk: true,
    updatedAt: new Date("2024-02-20T00:00:00Z"),
    fit: 0.4,
  },
  {
    id: "p7",
    headline: "越境ECコンサルタント",
    skills: ["Shopify", "英語"],
    bio: "インバウンド向けの越境EC立ち上げと多言語サイト制作。",
    prefecture: "27",
    engagementTypes: ["副業"],
    hourlyRate: 5500,
    remoteOk: true,
    updatedAt: new Date("2024-04-01T00:00:00Z"),
    fit: 0.3,
  },
  {
    id: "p8",
    headline: "マーケティング戦略プランナー",
    skills: ["ブランディング"],
    bio: "地域産品の販路拡大とブランド構築。",
    prefecture: "40",
    engagementTypes: ["プロボノ", "副業"],
    remoteOk: true,
    updatedAt: new Date("2024-07-01T00:00:00Z"),
    fit: 0.95,
  },
  {
    id: "p9",
    headline: "Webデザイナー",
    skills: ["Figma", "WordPress"],
    bio: "ホームページ制作とUI改善。Python も少し書けます。",
    prefecture: "13",
    engagementTypes: ["業務委託"],
    hourlyRate: 4500,
    remoteOk: false,
    updatedAt: new Date("2024-05-20T00:00:00Z"),
    fit: 0.2,
  },
  {
    id: "p10",
    headline: "データサイエンティスト",
    skills: ["機械学習", "Python"],
    bio: "需要予測モデルの開発と運用。",
    prefecture: "13",
    engagementTypes: ["副業"],
    hourlyRate: 9000,
    remoteOk: true,
    updatedAt: new Date("2024-08-01T00:00:00Z"),
    fit: 0.85,
  },
  {
    id: "p11",
    headline: "生産管理アドバイザー",
    skills: ["品質管理"],
    bio: LONG_BIO,
    prefecture: "01",
    engagementTypes: ["業務委託"],
    hourlyRate: 5000,
    remoteOk: false,
    updatedAt: new Date("2024-02-01T00:00:00Z"),
    fit: 0.1,
  },
];

/**
 * Documents for the word-segmentation cases: katakana compounds found by their parts,
 * and short kana words that are words, not particles. Indexed on their own.
 */
export const COMPOUND_DOCUMENTS: SearchDocument[] = [
  {
    id: "c1",
    headline: "デジタルマーケティング支援",
    bio: "中小企業の集客を伴走支援します。",
    prefecture: "13",
    fit: 0.5,
  },
  { id: "c2", headline: "インバウンドマーケティング", bio: "外国人向けの発信。", fit: 0.4 },
  { id: "c3", headline: "セールスイネーブルメント", bio: "営業組織の立ち上げ。", fit: 0.3 },
  { id: "c4", headline: "Webマーケティング担当", bio: "ECサイトの運営。", fit: 0.2 },
  { id: "c5", headline: "デジタル人材の育成", bio: "社内研修の設計。", fit: 0.9 },
  {
    id: "c6",
    headline: "土佐ゆず食品",
    bio: "「ゆず加工品の自社EC立ち上げ」を任せたい。",
    skills: ["みかん", "いちご"],
    fit: 0.1,
  },
  { id: "c7", headline: "そば・うどん店の経営", bio: "のり（海苔）の卸も。", fit: 0.6 },
];
