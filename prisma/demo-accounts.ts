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
