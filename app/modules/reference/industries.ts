import type { Locale } from "~/lib/i18n/locales";

/** 日本標準産業分類 (令和5年7月改定) major groups A–T. */
export const industries = [
  { code: "A", ja: "農業、林業", en: "Agriculture and forestry" },
  { code: "B", ja: "漁業", en: "Fisheries" },
  { code: "C", ja: "鉱業、採石業、砂利採取業", en: "Mining and quarrying" },
  { code: "D", ja: "建設業", en: "Construction" },
  { code: "E", ja: "製造業", en: "Manufacturing" },
  { code: "F", ja: "電気・ガス・熱供給・水道業", en: "Electricity, gas, heat supply and water" },
  { code: "G", ja: "情報通信業", en: "Information and communications" },
  { code: "H", ja: "運輸業、郵便業", en: "Transport and postal activities" },
  { code: "I", ja: "卸売業、小売業", en: "Wholesale and retail trade" },
  { code: "J", ja: "金融業、保険業", en: "Finance and insurance" },
  { code: "K", ja: "不動産業、物品賃貸業", en: "Real estate and goods rental and leasing" },
  {
    code: "L",
    ja: "学術研究、専門・技術サービス業",
    en: "Scientific research, professional and technical services",
  },
  { code: "M", ja: "宿泊業、飲食サービス業", en: "Accommodations, eating and drinking services" },
  {
    code: "N",
    ja: "生活関連サービス業、娯楽業",
    en: "Living-related and personal services and amusement services",
  },
  { code: "O", ja: "教育、学習支援業", en: "Education, learning support" },
  { code: "P", ja: "医療、福祉", en: "Medical, health care and welfare" },
  { code: "Q", ja: "複合サービス事業", en: "Compound services" },
  { code: "R", ja: "サービス業（他に分類されないもの）", en: "Services, n.e.c." },
  {
    code: "S",
    ja: "公務（他に分類されるものを除く）",
    en: "Government, except elsewhere classified",
  },
  { code: "T", ja: "分類不能の産業", en: "Industries unable to classify" },
] as const;

/**
 * How an anonymous profile names the kind of employer: "IT企業" reads better than
 * "情報通信業" in "IT企業勤務・マーケティング12年".
 */
export const employerKinds: Record<IndustryCode, { ja: string; en: string }> = {
  A: { ja: "農林業", en: "an agriculture company" },
  B: { ja: "漁業", en: "a fisheries company" },
  C: { ja: "鉱業", en: "a mining company" },
  D: { ja: "建設会社", en: "a construction company" },
  E: { ja: "メーカー", en: "a manufacturer" },
  F: { ja: "インフラ企業", en: "a utility" },
  G: { ja: "IT企業", en: "an IT company" },
  H: { ja: "物流企業", en: "a logistics company" },
  I: { ja: "流通・小売企業", en: "a retailer" },
  J: { ja: "金融機関", en: "a financial institution" },
  K: { ja: "不動産会社", en: "a real-estate company" },
  L: { ja: "専門サービス企業", en: "a professional services firm" },
  M: { ja: "宿泊・飲食企業", en: "a hospitality company" },
  N: { ja: "生活サービス企業", en: "a consumer services company" },
  O: { ja: "教育機関", en: "an education provider" },
  P: { ja: "医療・福祉機関", en: "a healthcare provider" },
  Q: { ja: "協同組合", en: "a cooperative" },
  R: { ja: "サービス企業", en: "a services company" },
  S: { ja: "官公庁", en: "the public sector" },
  T: { ja: "企業", en: "a company" },
};

export type IndustryCode = (typeof industries)[number]["code"];

export const industryCodes = industries.map((industry) => industry.code) as [
  IndustryCode,
  ...IndustryCode[],
];

const byCode = new Map<string, (typeof industries)[number]>(
  industries.map((industry) => [industry.code, industry]),
);

export function isIndustryCode(value: string): value is IndustryCode {
  return byCode.has(value);
}

export function industryName(code: string, locale: Locale): string {
  const industry = byCode.get(code);
  return industry ? industry[locale] : code;
}

/** A code ("E", "e") or a Japanese/English name ("製造業", "Manufacturing"). */
export function findIndustryCode(input: string): IndustryCode | null {
  const text = input.normalize("NFKC").trim();
  if (isIndustryCode(text.toUpperCase())) return text.toUpperCase() as IndustryCode;
  const lower = text.toLowerCase();
  for (const industry of industries) {
    if (text === industry.ja || lower === industry.en.toLowerCase()) return industry.code;
  }
  return null;
}
