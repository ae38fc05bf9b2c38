/**
 * The columns of each import kind: the canonical name (used in messages, templates
 * and JSON keys), whether it is required, and the Japanese headers people use for it.
 * docs/import-format.md describes every column; keep the two in step.
 */
export const importKinds = ["COMPANIES", "CHALLENGES", "PROFESSIONALS"] as const;
export type ImportKind = (typeof importKinds)[number];

/** The kind's name in URLs and file names: "companies", "challenges", "professionals". */
export function kindSlug(kind: ImportKind) {
  return kind.toLowerCase();
}

export function kindFromSlug(slug: string): ImportKind | null {
  const kind = slug.toUpperCase();
  return (importKinds as readonly string[]).includes(kind) ? (kind as ImportKind) : null;
}

export type Column = { name: string; required: boolean; aliases: readonly string[] };

const column = (name: string, required: boolean, ...aliases: string[]): Column => ({
  name,
  required,
  aliases,
});

export const columnsByKind: Record<ImportKind, readonly Column[]> = {
  COMPANIES: [
    column("name", true, "company_name", "会社名", "企業名"),
    column("prefecture", true, "都道府県"),
    column("municipality", true, "市区町村"),
    column("industry", true, "業種"),
    column("employees_band", true, "employees", "従業員数", "従業員規模"),
    column("founded_year", false, "設立年", "創業年"),
    column("website", false, "url", "ウェブサイト", "ホームページ"),
    column("description", false, "会社概要", "事業内容"),
    column("owner_email", false, "担当者メールアドレス", "オーナーメールアドレス"),
  ],
  CHALLENGES: [
    column("company_name", true, "会社名", "企業名"),
    column("title", true, "タイトル", "課題名"),
    column("summary", true, "概要"),
    column("background", true, "現状と課題", "背景"),
    column("success_criteria", true, "成功の姿", "成功基準"),
    column("deliverables", false, "成果物"),
    column("category", true, "カテゴリ", "カテゴリー"),
    column("required_skills", false, "必須スキル"),
    column("nice_to_have_skills", false, "歓迎スキル"),
    column("engagement_types", true, "関わり方", "契約形態"),
    column("work_style", true, "働き方", "勤務形態"),
    column("onsite_visits_per_month", false, "月の訪問回数", "現地訪問回数"),
    column("hours_per_week", true, "週の稼働時間", "稼働時間"),
    column("duration_months", true, "期間", "期間(月)"),
    column("compensation_type", true, "報酬形態"),
    column("compensation_min", false, "報酬下限"),
    column("compensation_max", false, "報酬上限"),
    column("start_date", false, "開始日", "開始予定日"),
    column("application_deadline", false, "応募締切", "締切日"),
    column("prefecture", false, "都道府県"),
    column("municipality", false, "市区町村"),
    column("status", false, "ステータス", "状態"),
  ],
  PROFESSIONALS: [
    column("email", true, "メールアドレス", "メール"),
    column("name", true, "氏名", "名前"),
    column("locale", false, "言語", "表示言語"),
    column("headline", false, "肩書き", "見出し"),
    column("bio", false, "自己紹介"),
    column("skills", false, "スキル"),
    column("engagement_types", false, "関わり方", "希望する関わり方"),
    column("work_styles", false, "働き方", "希望する働き方"),
    column("onsite_visits_per_month", false, "月の訪問回数", "現地訪問回数"),
    column("hours_per_week", false, "週の稼働時間", "稼働時間"),
    column("available_from", false, "稼働開始日", "開始可能日"),
    column("expected_monthly_yen", false, "希望月額"),
    column("expected_hourly_yen", false, "希望時給"),
    column("regions", false, "関心のある地域", "希望地域"),
    column("hometown", false, "ふるさと", "ゆかりのある地域"),
    column("visibility", false, "公開範囲"),
  ],
};

/**
 * How a header is compared: NFKC (full-width letters, （） → ()), trimmed, lower case,
 * spaces and hyphens as underscores ("Company Name" = "company-name" = "company_name").
 */
export function headerKey(header: string) {
  return header
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

const lookups = new Map<ImportKind, Map<string, string>>(
  importKinds.map((kind) => {
    const map = new Map<string, string>();
    for (const { name, aliases } of columnsByKind[kind]) {
      for (const spelling of [name, ...aliases]) map.set(headerKey(spelling), name);
    }
    return [kind, map];
  }),
);

/** The canonical column a header (or JSON key) names, or null when it names none. */
export function findColumn(kind: ImportKind, header: string): string | null {
  return lookups.get(kind)!.get(headerKey(header)) ?? null;
}
