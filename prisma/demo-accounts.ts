/**
 * The demo logins created by `npm run db:seed` (when SEED_DEMO_DATA is not false).
 * Plain data with no imports, so the README, the seed and browser tests share it.
 * Every account is verified and uses the same password.
 */

export const DEMO_PASSWORD = "enishi-demo-pass";

export type DemoRole = "PROFESSIONAL" | "COMPANY_MEMBER" | "COORDINATOR" | "ADMIN";

export type DemoAccount = {
  role: DemoRole;
  email: string;
  name: string;
  locale: "ja" | "en";
  /** who they are in the demo story */
  note: string;
};

export const demoAccounts = {
  admin: {
    role: "ADMIN",
    email: "admin@enishi.example",
    name: "高橋 真理子",
    locale: "ja",
    note: "運営事務局の管理者 (platform admin)",
  },
  coordinatorNagano: {
    role: "COORDINATOR",
    email: "coordinator.nagano@enishi.example",
    name: "小林 健一",
    locale: "ja",
    note: "長野県プロフェッショナル人材戦略拠点のコーディネーター (Nagano)",
  },
  coordinatorKochi: {
    role: "COORDINATOR",
    email: "coordinator.kochi@enishi.example",
    name: "山本 佳奈",
    locale: "ja",
    note: "高知県プロフェッショナル人材戦略拠点のコーディネーター (Kochi)",
  },
  companyShinshu: {
    role: "COMPANY_MEMBER",
    email: "company.shinshu@enishi.example",
    name: "丸山 浩二",
    locale: "ja",
    note: "信州精密工業株式会社 代表取締役 (precision parts maker, Suwa, Nagano)",
  },
  companyAzumino: {
    role: "COMPANY_MEMBER",
    email: "company.azumino@enishi.example",
    name: "宮澤 由美",
    locale: "ja",
    note: "安曇野リゾートホテル 経営企画室長 (resort hotel, Azumino, Nagano)",
  },
  companyTosa: {
    role: "COMPANY_MEMBER",
    email: "company.tosa@enishi.example",
    name: "岡林 誠",
    locale: "ja",
    note: "土佐ゆず食品株式会社 専務取締役 (yuzu food producer, Kochi)",
  },
  proSato: {
    role: "PROFESSIONAL",
    email: "pro.sato@enishi.example",
    name: "佐藤 大輔",
    locale: "ja",
    note: "東京の IT 企業で DX 推進、副業希望・長野出身 (DX lead, side job, Nagano roots)",
  },
  proSuzuki: {
    role: "PROFESSIONAL",
    email: "pro.suzuki@enishi.example",
    name: "鈴木 彩",
    locale: "ja",
    note: "EC・デジタルマーケティングのフリーランス (freelance e-commerce marketer)",
  },
  proTanaka: {
    role: "PROFESSIONAL",
    email: "pro.tanaka@enishi.example",
    name: "田中 翔太",
    locale: "ja",
    note: "製造業の生産管理エンジニア、高知へ U ターン検討中 (production engineer, Kochi U-turn)",
  },
  proCarter: {
    role: "PROFESSIONAL",
    email: "pro.carter@enishi.example",
    name: "Emily Carter",
    locale: "en",
    note: "Inbound tourism and export consultant in Osaka, English-locale account",
  },
} as const satisfies Record<string, DemoAccount>;

export type DemoAccountKey = keyof typeof demoAccounts;

/** Every demo account, in the order above (admin, coordinators, companies, professionals). */
export const demoAccountList: readonly DemoAccount[] = Object.values(demoAccounts);

export type DemoCompany = {
  /** the demo account that owns it */
  owner: DemoAccountKey;
  name: string;
  /** JIS X 0401 */
  prefectureCode: string;
  municipality: string;
  /** 日本標準産業分類 major group */
  industryCode: string;
  employeesBand: "E1_9" | "E10_49" | "E50_99" | "E100_299" | "E300_999" | "E1000_PLUS";
  foundedYear: number;
  website: string;
  description: string;
};

/** The companies the demo company members own (each is the OWNER). */
export const demoCompanies = {
  shinshu: {
    owner: "companyShinshu",
    name: "信州精密工業株式会社",
    prefectureCode: "20",
    municipality: "諏訪市",
    industryCode: "E",
    employeesBand: "E50_99",
    foundedYear: 1968,
    website: "https://shinshu-seimitsu.example.jp",
    description:
      "諏訪湖のほとりで半世紀以上、医療機器や半導体製造装置向けの精密切削部品をつくってきました。ミクロン単位の加工精度と多品種少量の短納期対応が強みです。熟練工の技術をデジタルで次の世代へつなぐため、生産管理の刷新と海外への販路づくりに取り組んでいます。",
  },
  azumino: {
    owner: "companyAzumino",
    name: "安曇野リゾートホテル株式会社",
    prefectureCode: "20",
    municipality: "安曇野市",
    industryCode: "M",
    employeesBand: "E100_299",
    foundedYear: 1989,
    website: "https://azumino-resort.example.jp",
    description:
      "北アルプスを望む安曇野で、客室72室のリゾートホテルと日帰り温泉を営んでいます。地元のわさびや信州そばを使った料理と、田園サイクリングなどの体験が好評です。欧米・アジアからのお客様が増えるなか、予約導線と発信を見直しています。",
  },
  tosa: {
    owner: "companyTosa",
    name: "土佐ゆず食品株式会社",
    prefectureCode: "39",
    municipality: "香美市",
    industryCode: "E",
    employeesBand: "E10_49",
    foundedYear: 1975,
    website: "https://tosa-yuzu.example.jp",
    description:
      "物部川流域の契約農家が育てたゆずを搾り、果汁・ぽん酢・ゆず胡椒・ドリンクに加工しています。皮まで使い切るものづくりを続けて50年。直販と海外向けの販路を広げ、地域のゆず産業を次の世代へ残したいと考えています。",
  },
} as const satisfies Record<string, DemoCompany>;

export type DemoCompanyKey = keyof typeof demoCompanies;

/** Challenges of the demo companies (titles are unique; the status is fixed). */
export const demoChallenges = {
  shinshuDx: {
    company: "shinshu",
    title: "生産管理システムの刷新とIoTによる設備稼働の見える化",
    status: "OPEN",
  },
  shinshuOverseas: {
    company: "shinshu",
    title: "精密切削部品の東南アジア向け販路開拓",
    status: "OPEN",
  },
  shinshuPeople: {
    company: "shinshu",
    title: "若手技術者の育成体系と技能伝承の仕組みづくり",
    status: "DRAFT",
  },
  shinshuSuccession: {
    company: "shinshu",
    title: "事業承継に向けた管理会計と経営管理体制の整備",
    status: "CLOSED",
  },
  azuminoInbound: {
    company: "azumino",
    title: "欧米豪からのインバウンド集客に向けたWebマーケティング強化",
    status: "OPEN",
  },
  azuminoProductivity: {
    company: "azumino",
    title: "客室・フロント業務の効率化とシフト管理のデジタル化",
    status: "OPEN",
  },
  azuminoBranding: {
    company: "azumino",
    title: "開業35周年に向けたリブランディングと公式サイト刷新",
    status: "PAUSED",
  },
  tosaEc: {
    company: "tosa",
    title: "ゆず加工品の自社EC立ち上げと首都圏向け販路拡大",
    status: "OPEN",
  },
  tosaExport: {
    company: "tosa",
    title: "ゆず果汁の欧州向け輸出の立ち上げ",
    status: "OPEN",
  },
  tosaNewProduct: {
    company: "tosa",
    title: "ゆず皮を活用した新商品開発",
    status: "CLOSED",
  },
  tosaFinance: {
    company: "tosa",
    title: "HACCP対応の新工場建設に向けた資金調達計画",
    status: "DRAFT",
  },
} as const satisfies Record<
  string,
  { company: DemoCompanyKey; title: string; status: "DRAFT" | "OPEN" | "PAUSED" | "CLOSED" }
>;

export type DemoChallengeKey = keyof typeof demoChallenges;
