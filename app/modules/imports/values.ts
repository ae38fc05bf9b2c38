/**
 * How spreadsheet cells become codes: each coded column accepts the code ("SIDE_JOB"),
 * the Japanese or English label the app shows ("副業・兼業", "Side job") and a few
 * everyday words, ignoring width, case, spaces, hyphens, underscores and "・".
 */
import { referenceMessages } from "~/lib/i18n/messages/reference";
import { employeesBands, engagementTypes, workStyles } from "~/modules/reference/work";

export const categories = [
  "SALES_CHANNELS",
  "SALES_MARKETING",
  "PRODUCTIVITY",
  "DX_IT",
  "NEW_BUSINESS",
  "OVERSEAS",
  "PEOPLE_ORGANISATION",
  "FINANCE",
  "SUCCESSION",
  "BRANDING",
  "OTHER",
] as const;
export const compensationTypes = ["MONTHLY", "HOURLY", "NONE"] as const;
export const importStatuses = ["DRAFT", "OPEN"] as const;
export const visibilities = ["PUBLIC", "SIGNED_IN", "ANONYMOUS", "HIDDEN"] as const;
export const skillLevels = ["BASIC", "INTERMEDIATE", "ADVANCED", "EXPERT"] as const;
export const tieKinds = ["BIRTHPLACE", "PAST_RESIDENCE", "FAMILY", "OTHER"] as const;
export const importLocales = ["ja", "en"] as const;

export function valueKey(text: string) {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-・]/g, "");
}

type Labels = Record<string, string>;
const labels = { ja: referenceMessages.ja as Labels, en: referenceMessages.en as Labels };

/** A finder for one code list: code, app labels under `labelPrefix`, and extra words. */
function codeFinder<Code extends string>(
  codes: readonly Code[],
  labelPrefix: string | null,
  extra: Partial<Record<Code, string[]>> = {},
) {
  const map = new Map<string, Code>();
  for (const code of codes) {
    const spellings: string[] = [code, ...(extra[code] ?? [])];
    if (labelPrefix) {
      for (const catalogue of [labels.ja, labels.en]) {
        const label = catalogue[`${labelPrefix}.${code}`];
        if (label) spellings.push(label);
      }
    }
    for (const spelling of spellings) {
      const key = valueKey(spelling);
      if (!map.has(key)) map.set(key, code);
    }
  }
  return (text: string): Code | null => map.get(valueKey(text)) ?? null;
}

export const findCategory = codeFinder(categories, "reference.category", {
  DX_IT: ["DX", "IT導入"],
  SALES_MARKETING: ["営業", "マーケティング"],
  PEOPLE_ORGANISATION: ["人材育成", "組織づくり"],
  FINANCE: ["財務", "資金調達"],
});
export const findEngagementType = codeFinder(engagementTypes, "reference.engagement", {
  SIDE_JOB: ["副業", "兼業"],
  CONTRACT: ["委託", "フリーランス"],
  FULL_TIME_RELOCATION: ["正社員", "移住", "転職"],
});
export const findWorkStyle = codeFinder(workStyles, "reference.workStyle", {
  REMOTE: ["在宅", "フルリモート"],
  ONSITE: ["出社", "常駐", "現地", "オンサイト"],
});
export const findCompensationType = codeFinder(compensationTypes, "reference.compensation", {
  MONTHLY: ["月給", "月額報酬"],
  HOURLY: ["時間単価"],
  NONE: ["なし", "無償", "報酬なし", "プロボノ"],
});
export const findImportStatus = codeFinder(importStatuses, "reference.status", {
  OPEN: ["公開"],
});
export const findVisibility = codeFinder(visibilities, "reference.visibility");
export const findSkillLevel = codeFinder(skillLevels, "reference.level", {
  BASIC: ["初級"],
  INTERMEDIATE: ["中級"],
});
export const findTieKind = codeFinder(tieKinds, "reference.tie", {
  BIRTHPLACE: ["出身", "地元"],
  PAST_RESIDENCE: ["居住歴"],
  FAMILY: ["家族", "親族", "実家"],
});
export const findLocale = codeFinder(importLocales, null, {
  ja: ["日本語", "japanese"],
  en: ["英語", "english"],
});

const bandRanges: Array<{ code: (typeof employeesBands)[number]; min: number; max: number }> = [
  { code: "E1_9", min: 1, max: 9 },
  { code: "E10_49", min: 10, max: 49 },
  { code: "E50_99", min: 50, max: 99 },
  { code: "E100_299", min: 100, max: 299 },
  { code: "E300_999", min: 300, max: 999 },
  { code: "E1000_PLUS", min: 1000, max: Number.POSITIVE_INFINITY },
];

/**
 * An employees band from its code ("E10_49"), a range ("10-49", "10〜49人"),
 * "1000+" / "1,000人以上", or a head count ("25" → E10_49).
 */
export function findEmployeesBand(input: string): (typeof employeesBands)[number] | null {
  const text = input.normalize("NFKC").trim();
  const code = text.toUpperCase();
  if ((employeesBands as readonly string[]).includes(code)) {
    return code as (typeof employeesBands)[number];
  }
  const compact = text
    .replace(/[\s,人名]/g, "")
    .replace(/以上$/, "+")
    .replace(/[〜~ー－–—−]/g, "-");
  const range = /^(\d+)-(\d+)?$/.exec(compact);
  if (range) {
    const min = Number(range[1]);
    const max = range[2] === undefined ? Number.POSITIVE_INFINITY : Number(range[2]);
    return bandRanges.find((band) => band.min === min && band.max === max)?.code ?? null;
  }
  const plus = /^(\d+)\+$/.exec(compact);
  if (plus) return Number(plus[1]) === 1000 ? "E1000_PLUS" : null;
  if (/^\d+$/.test(compact)) {
    const count = Number(compact);
    return bandRanges.find((band) => count >= band.min && count <= band.max)?.code ?? null;
  }
  return null;
}

/** A list in one cell: items separated by |, 、, commas, semicolons or line breaks. */
export function splitList(text: string): string[] {
  return text
    .split(/[|、，,;；\r\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A whole number as spreadsheets write it: "1,000", "１０", "300000円". */
export function parseInteger(input: string): number | null {
  const text = input.normalize("NFKC").replace(/[\s,円]/g, "");
  if (!/^-?\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

/** "2026-04-01", "2026/4/1" (Excel's Japanese format) or "2026.4.1" → "2026-04-01". */
export function parseDate(input: string): string | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(input.normalize("NFKC").trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Today in Japan time as "YYYY-MM-DD". */
export function todayInJapan(now = new Date()) {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
