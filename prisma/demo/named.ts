/**
 * The demo story's named companies, challenges and professionals: the ones the
 * README's logins own, written by hand. Generated data (generated.ts) fills the rest.
 */
import {
  demoAccounts,
  demoChallenges,
  demoCompanies,
  type DemoChallengeKey,
  type DemoCompanyKey,
} from "../demo-accounts";
import type { ChallengeSpec, CompanySpec, ProfileSpec } from "./types";

const products: Record<DemoCompanyKey, string> = {
  shinshu: "精密切削部品",
  azumino: "リゾートホテル",
  tosa: "ゆず加工品",
};

export const namedCompanies: CompanySpec[] = (
  Object.entries(demoCompanies) as Array<[DemoCompanyKey, (typeof demoCompanies)[DemoCompanyKey]]>
).map(([key, company], index) => ({
  key,
  name: company.name,
  prefectureCode: company.prefectureCode,
  municipality: company.municipality,
  industryCode: company.industryCode,
  employeesBand: company.employeesBand,
  foundedYear: company.foundedYear,
  website: company.website,
  description: company.description,
  product: products[key],
  joinedDaysAgo: 120 - index * 10,
  ownerAccount: company.owner,
  members:
    key === "azumino"
      ? [{ key: "azumino-2", name: "降旗 直人", role: "MEMBER" }]
      : key === "shinshu"
        ? [{ key: "shinshu-2", name: "藤森 千尋", role: "MEMBER" }]
        : [],
}));

type NamedChallenge = Omit<
  ChallengeSpec,
  "key" | "companyKey" | "title" | "status" | "prefectureCode" | "municipality"
>;

const challengeDetails: Record<DemoChallengeKey, NamedChallenge> = {
  shinshuDx: {
    summary:
      "紙とExcelで回している生産管理を見直し、設備の稼働状況をリアルタイムに把握できる仕組みを一緒につくってくれる方を探しています。",
    background:
      "受注から出荷までの工程管理を、紙の指示書と担当者ごとのExcelで行っています。多品種少量の短納期案件が増え、どの工程に何が滞っているかを把握するのに毎朝1時間以上かかっています。マシニングセンタ28台の稼働率も感覚でしか分からず、設備投資の判断材料がありません。",
    successCriteria:
      "3か月後に、主要20品目の工程進捗と設備稼働率が画面で確認でき、朝の進捗確認が15分以内に短縮されていること。6か月後に、導入するシステムの選定と段階的な移行計画が社内で合意されていること。",
    deliverables:
      "現状業務フロー図、要件定義書、システム選定の比較表、IoTセンサーの試験導入レポート",
    category: "DX_IT",
    engagementTypes: ["SIDE_JOB", "CONTRACT"],
    workStyle: "HYBRID",
    onsiteVisitsPerMonth: 2,
    hoursPerWeek: 10,
    durationMonths: 6,
    compensationType: "MONTHLY",
    compensationMin: 150_000,
    compensationMax: 250_000,
    createdDaysAgo: 6,
    closeReason: null,
    skills: [
      { slug: "production-management", required: true },
      { slug: "dx-promotion", required: true },
      { slug: "iot", required: false },
      { slug: "requirements-definition", required: false },
      { slug: "kintone", required: false },
    ],
  },
  shinshuOverseas: {
    summary:
      "医療機器向けの精密部品を東南アジアの日系・現地メーカーへ売り込むため、市場調査から商談づくりまで伴走してくれる方を募集します。",
    background:
      "売上の8割が国内の大手メーカー3社に集中しており、取引先の海外移転で受注が減る懸念があります。タイとベトナムに日系の医療機器メーカーが進出していると聞いていますが、現地の情報も英語で商談できる社員もいません。",
    successCriteria:
      "6か月以内に、ターゲット国と顧客候補リスト（30社以上）が定まり、そのうち5社と商談の場が持てていること。英語の会社案内と技術資料が揃っていること。",
    deliverables: "市場調査レポート、顧客候補リスト、英文会社案内、展示会出展計画",
    category: "OVERSEAS",
    engagementTypes: ["SIDE_JOB", "CONTRACT"],
    workStyle: "REMOTE",
    onsiteVisitsPerMonth: 1,
    hoursPerWeek: 8,
    durationMonths: 6,
    compensationType: "MONTHLY",
    compensationMin: 100_000,
    compensationMax: 200_000,
    createdDaysAgo: 9,
    closeReason: null,
    skills: [
      { slug: "overseas-expansion", required: true },
      { slug: "export-sales", required: true },
      { slug: "english", required: true },
      { slug: "asean-markets", required: false },
    ],
  },
  shinshuPeople: {
    summary:
      "ベテラン技能者の退職が続くなか、若手が5年で一人前になれる育成体系と技能伝承の仕組みをつくりたいと考えています。",
    background:
      "技能者の平均年齢は52歳で、今後5年で熟練工6名が定年を迎えます。教え方は人によってばらばらで、マニュアルもありません。若手は3年以内に3割が辞めています。",
    successCriteria:
      "主要工程のスキルマップと教育計画ができ、動画マニュアルが10本以上整備されていること。若手面談の仕組みが定着していること。",
    deliverables: "スキルマップ、教育計画、動画マニュアルの制作手順",
    category: "PEOPLE_ORGANISATION",
    engagementTypes: ["SIDE_JOB"],
    workStyle: "HYBRID",
    onsiteVisitsPerMonth: 2,
    hoursPerWeek: 6,
    durationMonths: 6,
    compensationType: "MONTHLY",
    compensationMin: 80_000,
    compensationMax: 150_000,
    createdDaysAgo: 3,
    closeReason: null,
    skills: [
      { slug: "talent-development", required: true },
      { slug: "hr-system-design", required: false },
      { slug: "video-production", required: false },
    ],
  },
  shinshuSuccession: {
    summary:
      "次期社長への承継に向け、部門別の損益が見える管理会計と月次の経営会議の仕組みを整えてくださる方を募集しました。",
    background:
      "現社長が70歳を迎え、3年後に専務への承継を予定しています。決算書は税理士任せで、製品別・取引先別の採算が分かりません。",
    successCriteria:
      "製品別の原価と部門別損益が毎月10営業日以内に出ること。月次経営会議が定例化していること。",
    deliverables: "管理会計の設計書、月次報告のテンプレート、経営会議の運営ルール",
    category: "SUCCESSION",
    engagementTypes: ["CONTRACT"],
    workStyle: "HYBRID",
    onsiteVisitsPerMonth: 2,
    hoursPerWeek: 8,
    durationMonths: 6,
    compensationType: "MONTHLY",
    compensationMin: 200_000,
    compensationMax: 300_000,
    createdDaysAgo: 110,
    closeReason: "FILLED",
    skills: [
      { slug: "business-succession", required: true },
      { slug: "management-accounting", required: true },
      { slug: "cost-management", required: false },
    ],
  },
  azuminoInbound: {
    summary:
      "欧米豪のお客様に安曇野の魅力が届くよう、英語サイト・OTA・SNSを横断したWebマーケティングを設計し、運用を立ち上げてくださる方を募集します。",
    background:
      "海外からの宿泊は全体の15%まで増えましたが、ほとんどが大手OTA経由で手数料負担が重くなっています。英語の公式サイトは10年前のままで、予約エンジンとも連携していません。SNSは日本語の投稿だけです。",
    successCriteria:
      "6か月後に、海外からの公式サイト経由予約が月20件以上あること。英語版サイトと予約導線が刷新され、Instagramの英語発信が週2回続いていること。",
    deliverables: "集客戦略、英語サイトの改善案、OTA運用ルール、SNS運用計画",
    category: "SALES_MARKETING",
    engagementTypes: ["SIDE_JOB", "CONTRACT"],
    workStyle: "REMOTE",
    onsiteVisitsPerMonth: 1,
    hoursPerWeek: 10,
    durationMonths: 6,
    compensationType: "MONTHLY",
    compensationMin: 120_000,
    compensationMax: 200_000,
    createdDaysAgo: 4,
    closeReason: null,
    skills: [
      { slug: "web-marketing", required: true },
      { slug: "inbound-tourism", required: true },
      { slug: "english", required: false },
      { slug: "ota-management", required: false },
      { slug: "sns-marketing", required: false },
    ],
  },
  azuminoProductivity: {
    summary:
      "客室清掃・フロント・レストランのシフトと業務をデジタルで整え、スタッフの負担を減らす仕組みを一緒につくってくださる方を探しています。",
    background:
      "繁忙期は人手が足りず、支配人が毎晩2時間かけて手書きでシフトを組んでいます。客室の清掃状況はトランシーバーで伝えており、チェックイン待ちが発生しています。",
    successCriteria:
      "3か月後に、シフト作成が1回30分以内になり、客室の清掃状況がフロントで一目で分かること。",
    deliverables: "業務フローの見直し案、ツール選定、導入・定着の計画",
    category: "PRODUCTIVITY",
    engagementTypes: ["SIDE_JOB", "CONTRACT"],
    workStyle: "HYBRID",
    onsiteVisitsPerMonth: 2,
    hoursPerWeek: 8,
    durationMonths: 4,
    compensationType: "HOURLY",
    compensationMin: 4_000,
    compensationMax: 6_000,
    createdDaysAgo: 7,
    closeReason: null,
    skills: [
      { slug: "business-process-improvement", required: true },
      { slug: "hotel-management", required: false },
      { slug: "no-code", required: false },
    ],
  },
  azuminoBranding: {
    summary:
      "開業35周年を機に、ホテルのコンセプトを言葉とデザインで磨き直し、公式サイトを刷新するプロジェクトです。",
    background:
      "「北アルプスの見える温泉ホテル」以上の打ち出しがなく、近隣の宿との違いが伝わっていません。ロゴやパンフレットもばらばらです。",
    successCriteria:
      "ブランドコンセプトとトーン&マナーが決まり、新しい公式サイトが公開されていること。",
    deliverables: "ブランドコンセプト、ロゴ・VIガイドライン、公式サイトの構成案",
    category: "BRANDING",
    engagementTypes: ["CONTRACT"],
    workStyle: "HYBRID",
    onsiteVisitsPerMonth: 1,
    hoursPerWeek: 6,
    durationMonths: 5,
    compensationType: "MONTHLY",
    compensationMin: 150_000,
    compensationMax: 250_000,
    createdDaysAgo: 45,
    closeReason: null,
    skills: [
      { slug: "branding", required: true },
      { slug: "rebranding", required: true },
      { slug: "website-production", required: false },
    ],
  },
  tosaEc: {
    summary:
      "ゆずぽん酢やゆず胡椒を全国のお客様へ直接届けるため、自社ECの立ち上げと首都圏の小売店への販路拡大を担ってくださる方を募集します。",
    background:
      "売上の7割が地元の量販店と道の駅で、首都圏ではほとんど知られていません。ふるさと納税の返礼品は好評ですが、その後のリピートにつながっていません。ネット販売は楽天市場に出店しているだけで、更新が止まっています。",
    successCriteria:
      "6か月後に、自社ECが公開され月商100万円の見通しが立っていること。首都圏の百貨店・高級スーパー3社と取引が始まっていること。",
    deliverables: "EC事業計画、ECサイト、商品ページ、販促カレンダー、バイヤー向け商談資料",
    category: "SALES_CHANNELS",
    engagementTypes: ["SIDE_JOB", "CONTRACT"],
    workStyle: "REMOTE",
    onsiteVisitsPerMonth: 1,
    hoursPerWeek: 10,
    durationMonths: 6,
    compensationType: "MONTHLY",
    compensationMin: 100_000,
    compensationMax: 200_000,
    createdDaysAgo: 2,
    closeReason: null,
    skills: [
      { slug: "ec-operations", required: true },
      { slug: "sales-channel-development", required: true },
      { slug: "shopify", required: false },
      { slug: "hometown-tax", required: false },
    ],
  },
  tosaExport: {
    summary:
      "和食ブームで引き合いのあるゆず果汁を、フランス・ドイツのレストランと食品卸へ輸出する体制を一緒に立ち上げてくださる方を探しています。",
    background:
      "パリの料理人から直接問い合わせが来るようになりましたが、輸出手続き、EUの食品規制への対応、現地の販売パートナー探しのどれにも経験がありません。",
    successCriteria:
      "6か月以内に、EU向けの規格・表示が整い、現地の輸入代理店1社と契約し、初回出荷ができていること。",
    deliverables: "輸出計画、規制対応の確認表、代理店候補リスト、英文商品資料",
    category: "OVERSEAS",
    engagementTypes: ["CONTRACT", "SIDE_JOB"],
    workStyle: "REMOTE",
    onsiteVisitsPerMonth: 0,
    hoursPerWeek: 8,
    durationMonths: 6,
    compensationType: "MONTHLY",
    compensationMin: 120_000,
    compensationMax: 200_000,
    createdDaysAgo: 5,
    closeReason: null,
    skills: [
      { slug: "food-exports", required: true },
      { slug: "europe-market", required: true },
      { slug: "trade-operations", required: false },
      { slug: "english", required: false },
    ],
  },
  tosaNewProduct: {
    summary:
      "搾汁後に残るゆず皮を使った新商品の企画と試作を、一緒に進めてくださる方を募集しました。",
    background:
      "年間40トンのゆず皮が廃棄されています。ピールや粉末にする案はありますが、売り先が見えず社内で判断できていません。",
    successCriteria: "商品コンセプト2案と試作品、販売先候補のリストができていること。",
    deliverables: "商品企画書、試作レポート",
    category: "NEW_BUSINESS",
    engagementTypes: ["SIDE_JOB"],
    workStyle: "REMOTE",
    onsiteVisitsPerMonth: 1,
    hoursPerWeek: 5,
    durationMonths: 4,
    compensationType: "MONTHLY",
    compensationMin: 50_000,
    compensationMax: 100_000,
    createdDaysAgo: 150,
    closeReason: "CANCELLED",
    skills: [
      { slug: "food-product-development", required: true },
      { slug: "product-planning", required: false },
    ],
  },
  tosaFinance: {
    summary:
      "HACCPに対応した新工場の建設に向けて、事業計画と金融機関・補助金を組み合わせた資金調達計画をつくってくださる方を募集します。",
    background:
      "現工場は築40年で、取引先からHACCP対応を求められています。新工場には約3億円が必要ですが、事業計画書を書いた経験がありません。",
    successCriteria: "3か月後に、金融機関に提出できる事業計画書と資金調達計画が完成していること。",
    deliverables: "事業計画書、資金繰り表、補助金申請書の草案",
    category: "FINANCE",
    engagementTypes: ["CONTRACT"],
    workStyle: "HYBRID",
    onsiteVisitsPerMonth: 2,
    hoursPerWeek: 6,
    durationMonths: 3,
    compensationType: "MONTHLY",
    compensationMin: 150_000,
    compensationMax: 250_000,
    createdDaysAgo: 1,
    closeReason: null,
    skills: [
      { slug: "fundraising", required: true },
      { slug: "business-planning", required: true },
      { slug: "subsidies", required: false },
      { slug: "haccp", required: false },
    ],
  },
};

export const namedChallenges: ChallengeSpec[] = (
  Object.entries(demoChallenges) as Array<
    [DemoChallengeKey, (typeof demoChallenges)[DemoChallengeKey]]
  >
).map(([key, challenge]) => {
  const company = demoCompanies[challenge.company];
  return {
    key,
    companyKey: challenge.company,
    title: challenge.title,
    status: challenge.status,
    prefectureCode: company.prefectureCode,
    municipality: company.municipality,
    ...challengeDetails[key],
  };
});

/** Full profiles for the four named professionals (their users come from demoAccounts). */
export const namedProfiles: ProfileSpec[] = [
  {
    key: "proSato",
    account: "proSato",
    name: demoAccounts.proSato.name,
    email: demoAccounts.proSato.email,
    locale: "ja",
    headline: "IT企業のDX推進リード。ふるさと長野の製造業を副業で支えたい",
    bio: "東京のSaaS企業で、製造業・流通業のお客様の業務改革とシステム導入を10年以上担当してきました。現在はDX推進室のリードとして、kintoneやSalesforceを使った業務のデジタル化、データ活用の仕組みづくりを進めています。\n\n松本市の出身で、実家は小さな町工場でした。地元の中小企業が人手不足のなかでも強みを伸ばせるよう、週10時間ほど副業で関わりたいと考えています。月に1〜2回は長野へ伺えます。",
    currentEmployer: "株式会社クラウドリンク",
    currentIndustryCode: "G",
    industryCodes: ["G", "E"],
    certificates: [
      { name: "PMP", issuer: "PMI", year: 2019 },
      { name: "応用情報技術者", issuer: "IPA", year: 2012 },
    ],
    languages: [
      { language: "日本語", level: "NATIVE" },
      { language: "英語", level: "BUSINESS" },
    ],
    links: [{ label: "note", url: "https://note.example.com/daisuke-sato" }],
    engagementTypes: ["SIDE_JOB", "CONTRACT"],
    workStyles: ["REMOTE", "HYBRID"],
    onsiteVisitsPerMonth: 2,
    hoursPerWeek: 10,
    availableInDays: 14,
    expectedMonthlyYen: 200_000,
    expectedHourlyYen: 5_000,
    visibility: "PUBLIC",
    joinedDaysAgo: 90,
    skills: [
      { slug: "dx-promotion", years: 8, level: "EXPERT" },
      { slug: "project-management", years: 10, level: "ADVANCED" },
      { slug: "business-process-improvement", years: 10, level: "ADVANCED" },
      { slug: "kintone", years: 5, level: "ADVANCED" },
      { slug: "salesforce", years: 4, level: "INTERMEDIATE" },
      { slug: "requirements-definition", years: 10, level: "EXPERT" },
      { slug: "data-analysis", years: 6, level: "INTERMEDIATE" },
      { slug: "iot", years: 2, level: "BASIC" },
    ],
    careers: [
      {
        organisation: "株式会社クラウドリンク",
        industryCode: "G",
        title: "DX推進室 リード",
        startYear: 2018,
        endYear: null,
        description: "製造・流通のお客様向けに業務改革とシステム導入のプロジェクトを統括。",
      },
      {
        organisation: "東和システムソリューションズ株式会社",
        industryCode: "G",
        title: "SE・プロジェクトマネージャー",
        startYear: 2011,
        endYear: 2018,
        description: "生産管理・販売管理システムの要件定義から導入まで。",
      },
    ],
    regions: ["20", "15", "19"],
    ties: [
      {
        prefectureCode: "20",
        municipality: "松本市",
        kind: "BIRTHPLACE",
        note: "高校卒業まで松本で育ちました",
      },
      {
        prefectureCode: "20",
        municipality: "諏訪市",
        kind: "FAMILY",
        note: "祖父母が諏訪に住んでいます",
      },
    ],
    blocks: [],
  },
  {
    key: "proSuzuki",
    account: "proSuzuki",
    name: demoAccounts.proSuzuki.name,
    email: demoAccounts.proSuzuki.email,
    locale: "ja",
    headline: "EC・デジタルマーケティングのフリーランス。食品・地域産品のネット販売が得意です",
    bio: "通販会社でECの立ち上げと運営を7年担当したのち独立し、食品メーカーや酒蔵、地域商社のEC運営とWeb広告を支援しています。楽天市場・Shopifyでの店舗構築、商品ページ制作、広告運用、SNS発信までまとめてお手伝いできます。\n\nリモート中心で、繁忙期以外は週20時間ほど稼働できます。",
    currentEmployer: null,
    currentIndustryCode: "L",
    industryCodes: ["I", "E", "L"],
    certificates: [{ name: "ネットショップ実務士", issuer: "日本ネットショップ協会", year: 2017 }],
    languages: [{ language: "日本語", level: "NATIVE" }],
    links: [{ label: "ポートフォリオ", url: "https://portfolio.example.com/aya-suzuki" }],
    engagementTypes: ["CONTRACT", "SIDE_JOB"],
    workStyles: ["REMOTE"],
    onsiteVisitsPerMonth: 0,
    hoursPerWeek: 20,
    availableInDays: 0,
    expectedMonthlyYen: 250_000,
    expectedHourlyYen: 4_500,
    visibility: "PUBLIC",
    joinedDaysAgo: 75,
    skills: [
      { slug: "ec-operations", years: 10, level: "EXPERT" },
      { slug: "web-marketing", years: 9, level: "EXPERT" },
      { slug: "rakuten-ichiba", years: 8, level: "ADVANCED" },
      { slug: "shopify", years: 5, level: "ADVANCED" },
      { slug: "sns-marketing", years: 5, level: "ADVANCED" },
      { slug: "web-ads", years: 6, level: "ADVANCED" },
      { slug: "seo", years: 6, level: "INTERMEDIATE" },
      { slug: "google-analytics", years: 6, level: "INTERMEDIATE" },
      { slug: "hometown-tax", years: 3, level: "INTERMEDIATE" },
    ],
    careers: [
      {
        organisation: "フリーランス",
        industryCode: "L",
        title: "EC・Webマーケティング支援",
        startYear: 2019,
        endYear: null,
        description: "食品メーカー・酒蔵・地域商社など12社のEC運営と広告運用を支援。",
      },
      {
        organisation: "株式会社ハートフル通販",
        industryCode: "I",
        title: "EC事業部 店長",
        startYear: 2012,
        endYear: 2019,
        description: "楽天市場店の立ち上げから年商3億円までの運営。",
      },
    ],
    regions: ["39", "20", "40", "46"],
    ties: [
      {
        prefectureCode: "40",
        municipality: "福岡市",
        kind: "FAMILY",
        note: "両親が福岡に住んでいます",
      },
    ],
    blocks: [],
  },
  {
    key: "proTanaka",
    account: "proTanaka",
    name: demoAccounts.proTanaka.name,
    email: demoAccounts.proTanaka.email,
    locale: "ja",
    headline: "自動車部品メーカーの生産管理エンジニア。高知へのUターンを考えています",
    bio: "愛知県の自動車部品メーカーで、生産管理と工程改善に12年携わってきました。トヨタ生産方式をベースにしたリードタイム短縮、在庫削減、品質管理体制づくりが専門です。\n\n高知市の出身で、両親の近くで暮らすためにUターンを考えています。まずは業務委託で地元の製造業に関わり、ゆくゆくは正社員として腰を据えて働きたいと思っています。",
    currentEmployer: "東海オートパーツ株式会社",
    currentIndustryCode: "E",
    industryCodes: ["E"],
    certificates: [
      { name: "QC検定2級", issuer: "日本規格協会", year: 2014 },
      { name: "生産管理オペレーション", issuer: "中央職業能力開発協会", year: 2016 },
    ],
    languages: [{ language: "日本語", level: "NATIVE" }],
    links: [],
    engagementTypes: ["FULL_TIME_RELOCATION", "CONTRACT"],
    workStyles: ["ONSITE", "HYBRID"],
    onsiteVisitsPerMonth: 4,
    hoursPerWeek: 8,
    availableInDays: 60,
    expectedMonthlyYen: 400_000,
    expectedHourlyYen: null,
    visibility: "ANONYMOUS",
    joinedDaysAgo: 60,
    skills: [
      { slug: "production-management", years: 12, level: "EXPERT" },
      { slug: "lean-manufacturing", years: 10, level: "ADVANCED" },
      { slug: "quality-control", years: 8, level: "ADVANCED" },
      { slug: "inventory-management", years: 8, level: "ADVANCED" },
      { slug: "iso-9001", years: 6, level: "INTERMEDIATE" },
      { slug: "production-engineering", years: 5, level: "INTERMEDIATE" },
      { slug: "cad", years: 4, level: "BASIC" },
    ],
    careers: [
      {
        organisation: "東海オートパーツ株式会社",
        industryCode: "E",
        title: "生産管理課 係長",
        startYear: 2013,
        endYear: null,
        description: "プレス・溶接ラインの生産計画と工程改善。リードタイムを3割短縮。",
      },
    ],
    regions: ["39", "38", "37"],
    ties: [
      {
        prefectureCode: "39",
        municipality: "高知市",
        kind: "BIRTHPLACE",
        note: "高知市で生まれ育ちました",
      },
      {
        prefectureCode: "39",
        municipality: "香美市",
        kind: "FAMILY",
        note: "両親が香美市に住んでいます",
      },
    ],
    blocks: ["tokai-auto-parts"],
  },
  {
    key: "proCarter",
    account: "proCarter",
    name: demoAccounts.proCarter.name,
    email: demoAccounts.proCarter.email,
    locale: "en",
    headline: "Inbound tourism and export consultant based in Osaka / インバウンド・輸出支援",
    bio: "I help Japanese inns, food makers and destinations welcome overseas guests and sell abroad: market research, English content, OTA and social media for Western travellers, and finding distributors in the UK and Europe.\n\nI lived in Hakuba for three winters and love rural Japan. I work remotely in English and Japanese and can visit a few times a month.\n\n大阪在住。英語圏からの誘客と食品輸出のお手伝いをしています。",
    currentEmployer: "Carter Japan Consulting",
    currentIndustryCode: "L",
    industryCodes: ["L", "M"],
    certificates: [{ name: "全国通訳案内士（英語）", issuer: "観光庁", year: 2018 }],
    languages: [
      { language: "English", level: "NATIVE" },
      { language: "日本語", level: "BUSINESS" },
      { language: "Français", level: "CONVERSATIONAL" },
    ],
    links: [{ label: "Website", url: "https://carter-japan.example.com" }],
    engagementTypes: ["CONTRACT", "SIDE_JOB"],
    workStyles: ["REMOTE", "HYBRID"],
    onsiteVisitsPerMonth: 2,
    hoursPerWeek: 15,
    availableInDays: 30,
    expectedMonthlyYen: null,
    expectedHourlyYen: 6_000,
    visibility: "SIGNED_IN",
    joinedDaysAgo: 40,
    skills: [
      { slug: "inbound-tourism", years: 9, level: "EXPERT" },
      { slug: "english", years: 30, level: "EXPERT" },
      { slug: "export-sales", years: 5, level: "ADVANCED" },
      { slug: "food-exports", years: 4, level: "ADVANCED" },
      { slug: "europe-market", years: 6, level: "ADVANCED" },
      { slug: "ota-management", years: 5, level: "INTERMEDIATE" },
      { slug: "translation", years: 10, level: "EXPERT" },
      { slug: "cross-border-ec", years: 2, level: "BASIC" },
    ],
    careers: [
      {
        organisation: "Carter Japan Consulting",
        industryCode: "L",
        title: "Founder",
        startYear: 2020,
        endYear: null,
        description: "Inbound marketing and export support for inns, breweries and food makers.",
      },
      {
        organisation: "Hakuba Alpine Lodge",
        industryCode: "M",
        title: "Guest relations manager",
        startYear: 2015,
        endYear: 2018,
        description: "Ran guest services and English marketing for a 40-room lodge.",
      },
    ],
    regions: ["20", "39", "26", "27"],
    ties: [
      {
        prefectureCode: "20",
        municipality: "白馬村",
        kind: "PAST_RESIDENCE",
        note: "Lived in Hakuba for three winters",
      },
    ],
    blocks: [],
  },
];
