/** Downloadable examples of each kind: a CSV template (with a BOM for Excel) and JSON. */
import { columnsByKind, type ImportKind } from "./columns";
import { toCsv } from "./csv";

const examples: Record<ImportKind, Array<Record<string, string>>> = {
  COMPANIES: [
    {
      name: "株式会社信州ものづくりラボ",
      prefecture: "長野県",
      municipality: "松本市",
      industry: "製造業",
      employees_band: "10-49",
      founded_year: "1987",
      website: "https://example.jp",
      description: "精密部品の切削加工。医療機器向けの試作が得意です。",
      owner_email: "",
    },
  ],
  CHALLENGES: [
    {
      company_name: "株式会社信州ものづくりラボ",
      title: "ECサイト立ち上げで自社製品の販路を広げたい",
      summary: "BtoB中心の売上に、個人向けのオンライン販売を加えたい。",
      background: "取引先3社で売上の8割を占めており、新しい販路が必要です。",
      success_criteria: "6か月後に自社ECで月30件の受注がある状態",
      deliverables: "EC運営の手順書|商品ページ10点",
      category: "販路開拓",
      required_skills: "EC運営|Webマーケティング",
      nice_to_have_skills: "",
      engagement_types: "副業・兼業|業務委託",
      work_style: "ハイブリッド",
      onsite_visits_per_month: "1",
      hours_per_week: "10",
      duration_months: "6",
      compensation_type: "月額",
      compensation_min: "100000",
      compensation_max: "200000",
      start_date: "",
      application_deadline: "",
      prefecture: "",
      municipality: "",
      status: "DRAFT",
    },
  ],
  PROFESSIONALS: [
    {
      email: "hanako.yamada@example.jp",
      name: "山田 花子",
      locale: "ja",
      headline: "製造業のDX推進リーダー",
      bio: "メーカーで生産管理システムの導入を10年担当。",
      skills: "生産管理:10:EXPERT|kintone:3:ADVANCED",
      engagement_types: "副業・兼業",
      work_styles: "リモート|ハイブリッド",
      onsite_visits_per_month: "2",
      hours_per_week: "8",
      available_from: "2026-04-01",
      expected_monthly_yen: "150000",
      expected_hourly_yen: "",
      regions: "長野県|高知県",
      hometown: "長野県:BIRTHPLACE",
      visibility: "ANONYMOUS",
    },
  ],
};

export function templateCsv(kind: ImportKind) {
  const names = columnsByKind[kind].map((column) => column.name);
  return toCsv([names, ...examples[kind].map((row) => names.map((name) => row[name] ?? ""))]);
}

export function templateJson(kind: ImportKind) {
  return `${JSON.stringify(examples[kind], null, 2)}\n`;
}
