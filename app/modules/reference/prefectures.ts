import type { Locale } from "~/lib/i18n/locales";

/** The 47 prefectures by JIS X 0401 code, in code order (north to south). */
export const prefectures = [
  { code: "01", ja: "北海道", en: "Hokkaido", region: "hokkaido" },
  { code: "02", ja: "青森県", en: "Aomori", region: "tohoku" },
  { code: "03", ja: "岩手県", en: "Iwate", region: "tohoku" },
  { code: "04", ja: "宮城県", en: "Miyagi", region: "tohoku" },
  { code: "05", ja: "秋田県", en: "Akita", region: "tohoku" },
  { code: "06", ja: "山形県", en: "Yamagata", region: "tohoku" },
  { code: "07", ja: "福島県", en: "Fukushima", region: "tohoku" },
  { code: "08", ja: "茨城県", en: "Ibaraki", region: "kanto" },
  { code: "09", ja: "栃木県", en: "Tochigi", region: "kanto" },
  { code: "10", ja: "群馬県", en: "Gunma", region: "kanto" },
  { code: "11", ja: "埼玉県", en: "Saitama", region: "kanto" },
  { code: "12", ja: "千葉県", en: "Chiba", region: "kanto" },
  { code: "13", ja: "東京都", en: "Tokyo", region: "kanto" },
  { code: "14", ja: "神奈川県", en: "Kanagawa", region: "kanto" },
  { code: "15", ja: "新潟県", en: "Niigata", region: "chubu" },
  { code: "16", ja: "富山県", en: "Toyama", region: "chubu" },
  { code: "17", ja: "石川県", en: "Ishikawa", region: "chubu" },
  { code: "18", ja: "福井県", en: "Fukui", region: "chubu" },
  { code: "19", ja: "山梨県", en: "Yamanashi", region: "chubu" },
  { code: "20", ja: "長野県", en: "Nagano", region: "chubu" },
  { code: "21", ja: "岐阜県", en: "Gifu", region: "chubu" },
  { code: "22", ja: "静岡県", en: "Shizuoka", region: "chubu" },
  { code: "23", ja: "愛知県", en: "Aichi", region: "chubu" },
  { code: "24", ja: "三重県", en: "Mie", region: "kinki" },
  { code: "25", ja: "滋賀県", en: "Shiga", region: "kinki" },
  { code: "26", ja: "京都府", en: "Kyoto", region: "kinki" },
  { code: "27", ja: "大阪府", en: "Osaka", region: "kinki" },
  { code: "28", ja: "兵庫県", en: "Hyogo", region: "kinki" },
  { code: "29", ja: "奈良県", en: "Nara", region: "kinki" },
  { code: "30", ja: "和歌山県", en: "Wakayama", region: "kinki" },
  { code: "31", ja: "鳥取県", en: "Tottori", region: "chugoku" },
  { code: "32", ja: "島根県", en: "Shimane", region: "chugoku" },
  { code: "33", ja: "岡山県", en: "Okayama", region: "chugoku" },
  { code: "34", ja: "広島県", en: "Hiroshima", region: "chugoku" },
  { code: "35", ja: "山口県", en: "Yamaguchi", region: "chugoku" },
  { code: "36", ja: "徳島県", en: "Tokushima", region: "shikoku" },
  { code: "37", ja: "香川県", en: "Kagawa", region: "shikoku" },
  { code: "38", ja: "愛媛県", en: "Ehime", region: "shikoku" },
  { code: "39", ja: "高知県", en: "Kochi", region: "shikoku" },
  { code: "40", ja: "福岡県", en: "Fukuoka", region: "kyushu" },
  { code: "41", ja: "佐賀県", en: "Saga", region: "kyushu" },
  { code: "42", ja: "長崎県", en: "Nagasaki", region: "kyushu" },
  { code: "43", ja: "熊本県", en: "Kumamoto", region: "kyushu" },
  { code: "44", ja: "大分県", en: "Oita", region: "kyushu" },
  { code: "45", ja: "宮崎県", en: "Miyazaki", region: "kyushu" },
  { code: "46", ja: "鹿児島県", en: "Kagoshima", region: "kyushu" },
  { code: "47", ja: "沖縄県", en: "Okinawa", region: "kyushu" },
] as const;

export type PrefectureCode = (typeof prefectures)[number]["code"];

export const prefectureCodes = prefectures.map((prefecture) => prefecture.code) as [
  PrefectureCode,
  ...PrefectureCode[],
];

const byCode = new Map<string, (typeof prefectures)[number]>(
  prefectures.map((prefecture) => [prefecture.code, prefecture]),
);

export function isPrefectureCode(value: string): value is PrefectureCode {
  return byCode.has(value);
}

/** "長野県" / "Nagano"; an unknown code is returned as it is. */
export function prefectureName(code: string, locale: Locale): string {
  const prefecture = byCode.get(code);
  return prefecture ? prefecture[locale] : code;
}

/**
 * Finds a prefecture from what people type in spreadsheets: the code ("20", "2"),
 * the full name ("長野県"), the name without 都/府/県 ("長野") or the English name.
 */
export function findPrefectureCode(input: string): PrefectureCode | null {
  const text = input.normalize("NFKC").trim();
  if (/^\d{1,2}$/.test(text)) {
    const code = text.padStart(2, "0");
    return isPrefectureCode(code) ? code : null;
  }
  const lower = text.toLowerCase();
  for (const prefecture of prefectures) {
    const short = prefecture.ja === "北海道" ? "北海道" : prefecture.ja.replace(/[都府県]$/, "");
    if (text === prefecture.ja || text === short || lower === prefecture.en.toLowerCase()) {
      return prefecture.code;
    }
  }
  return null;
}

/** The eight region blocks (地方), in north-to-south order. */
export const regionBlocks = [
  "hokkaido",
  "tohoku",
  "kanto",
  "chubu",
  "kinki",
  "chugoku",
  "shikoku",
  "kyushu",
] as const;
export type RegionBlock = (typeof regionBlocks)[number];

export function regionOf(code: string): RegionBlock | null {
  return byCode.get(code)?.region ?? null;
}
