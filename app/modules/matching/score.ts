/**
 * Pair scoring: how well a professional fits a challenge, as a total (0–100), its parts
 * and the reasons behind them. Pure: no I/O, no clock unless `options.now` is left out
 * (then "now" is the current time, used only when the challenge has no start date).
 *
 * Contract (other modules code against it):
 *
 *   scorePair(challenge, professional, options?) → PairScore
 *     challenge:    ChallengeForScoring or PreparedChallenge (prepareChallenge)
 *     professional: ProfessionalForScoring or PreparedProfessional (prepareProfessional)
 *     options.now:  the reference date when the challenge has no start date
 *
 *   PairScore.total       integer 0–100: round(100 × Σ part scores / Σ part maxima),
 *                         capped at scoreWeights.mismatchCap (40) when there is a hard
 *                         mismatch
 *   PairScore.parts       per part { score, max }; score in [0, max], one decimal; the
 *                         maxima are scoreWeights.parts and add up to 100
 *   PairScore.reasons     every reason, most important first (mismatches first)
 *   PairScore.mismatches  the hard mismatches alone (also in `reasons`)
 *
 * Reasons are message keys ("scoring.reason.*") with raw params; reasonText (reasons.ts)
 * renders them in the viewer's language. A PairScore is plain JSON: loaders return it.
 *
 * Text relevance analyses both texts with the search library's analyser (business
 * synonyms and domain terms). The analyses are cached by text, so scoring the same
 * profile again costs little; prepareChallenge / prepareProfessional do the analysis up
 * front when a caller scores one side against many.
 */
import { Analyzer, type Token } from "#search/analysis/analyzer";
import {
  foldKana,
  foldLongVowel,
  normalizeText,
  normalizeWithOffsets,
} from "#search/analysis/normalize";
import { BUSINESS_DOMAIN_TERMS_JA, BUSINESS_SYNONYMS_JA } from "#search/index";
import type { MessageKey } from "~/lib/i18n/translate";
import { regionOf } from "~/modules/reference/prefectures";
import { engagementTypes as engagementOrder } from "~/modules/reference/work";
import { WEEKS_PER_MONTH } from "~/modules/search/documents";
import type { ChallengeForScoring, ProfessionalForScoring } from "./score-input";
import { scoreWeights as W } from "./weights";

export type ScorePartName =
  "skills" | "text" | "region" | "workStyle" | "availability" | "compensation" | "engagement";

/** The parts in display order. */
export const scorePartNames: readonly ScorePartName[] = [
  "skills",
  "text",
  "region",
  "workStyle",
  "availability",
  "compensation",
  "engagement",
];

export type ReasonKey = Extract<MessageKey, `scoring.reason.${string}`>;
export type ReasonTone = "good" | "neutral" | "bad" | "mismatch";

export interface MatchReason {
  key: ReasonKey;
  /**
   * Raw values; reasonText formats them per locale by name: `prefecture` (a code),
   * `block` (a region block), `namesJa`/`namesEn` (skill names joined by "\n"),
   * `*Date` (ISO), `*Yen` with `*Unit` ("month" | "hour"), `visits`/`needed` (times a
   * month), `engagements`/`offered`/`wanted` (comma-separated codes), `style`/`styles`
   * (work style codes), `terms` (matched words joined by "\n"), other numbers as numbers.
   */
  params: Record<string, string | number>;
  tone: ReasonTone;
  part: ScorePartName;
}

export interface PairScore {
  total: number;
  parts: Record<ScorePartName, { score: number; max: number }>;
  reasons: MatchReason[];
  mismatches: MatchReason[];
}

// ---------------------------------------------------------------------------
// Text analysis (cached)
// ---------------------------------------------------------------------------

/** A distinctive word of the challenge: what the profile must contain, and how to show it. */
interface ChallengeWord {
  /** the synonym group's token, or the folded word */
  key: string;
  /** the folded word itself (a profile may hold the word without its group) */
  term: string;
  /** the word as the challenge wrote it, for reasons */
  display: string;
}

export interface ChallengeAnalysis {
  words: readonly ChallengeWord[];
}

export interface ProfessionalAnalysis {
  terms: ReadonlySet<string>;
}

export type PreparedChallenge = ChallengeForScoring & { readonly analysis: ChallengeAnalysis };
export type PreparedProfessional = ProfessionalForScoring & {
  readonly analysis: ProfessionalAnalysis;
};

let analyzer: Analyzer | null = null;
function sharedAnalyzer(): Analyzer {
  analyzer ??= new Analyzer({
    synonyms: BUSINESS_SYNONYMS_JA,
    domainTerms: BUSINESS_DOMAIN_TERMS_JA,
  });
  return analyzer;
}

/** English function words and Japanese filler nouns every challenge and profile share. */
const COMMON_WORDS = new Set(
  [
    ...["the", "and", "for", "with", "our", "you", "your", "are", "was", "will", "can", "from"],
    ...["this", "that", "have", "has", "who", "what", "want", "need", "into", "about", "more"],
    ...["経験", "課題", "当社", "弊社", "自社", "必要", "希望", "現状", "目標", "実施", "対応"],
    ...["検討", "担当", "業務", "成果", "期間", "以上", "程度", "予定", "可能", "募集", "会社"],
    ...["企業", "お願い", "状態", "方法", "内容", "全体", "仕組み", "取り組み", "現在", "今後"],
  ].map((word) => foldLongVowel(foldKana(normalizeText(word)))),
);

const HIRAGANA = /[\u3041-\u309f]/;
const LETTERS = /[a-z].*[a-z]/;
const DIGITS_ONLY = /^[0-9.,]+$/;

function isDistinctive(token: Token, surface: string): boolean {
  if (token.synonym) return true;
  if (token.term.length < 2 || DIGITS_ONLY.test(token.term)) return false;
  if (HIRAGANA.test(surface)) return false;
  if (/^[a-z0-9]/.test(token.term) && !LETTERS.test(token.term)) return false;
  return !COMMON_WORDS.has(token.term);
}

const CACHE_LIMIT = 4000;
const challengeCache = new Map<string, ChallengeAnalysis>();
const professionalCache = new Map<string, ProfessionalAnalysis>();

function remember<Value>(cache: Map<string, Value>, key: string, value: Value): Value {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

export function analyseChallengeText(text: string): ChallengeAnalysis {
  const cached = challengeCache.get(text);
  if (cached) return cached;
  const normalized = normalizeWithOffsets(text);
  const seen = new Set<string>();
  const words: ChallengeWord[] = [];
  for (const token of sharedAnalyzer().queryTokens(text)) {
    const surface = normalized.text.slice(token.start, token.end);
    if (!isDistinctive(token, surface)) continue;
    const key = token.synonym ?? token.term;
    if (seen.has(key)) continue;
    seen.add(key);
    // Shown as the challenge wrote it (EC, not ec).
    const display = text.slice(
      normalized.originalStart[token.start],
      normalized.originalEnd[token.end - 1],
    );
    words.push({ key, term: token.term, display: display || surface });
  }
  return remember(challengeCache, text, { words });
}

export function analyseProfessionalText(text: string): ProfessionalAnalysis {
  const cached = professionalCache.get(text);
  if (cached) return cached;
  return remember(professionalCache, text, { terms: new Set(sharedAnalyzer().indexTerms(text)) });
}

/** The challenge with its text analysed, for scoring it against many professionals. */
export function prepareChallenge(challenge: ChallengeForScoring): PreparedChallenge {
  return { ...challenge, analysis: analyseChallengeText(challenge.text) };
}

/** The professional with their text analysed, for scoring them against many challenges. */
export function prepareProfessional(professional: ProfessionalForScoring): PreparedProfessional {
  return { ...professional, analysis: analyseProfessionalText(professional.text) };
}

// ---------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------

/** Reasons sort by these, then by the order they were made. */
const PRIORITY = {
  mismatch: 0,
  headline: 10,
  strong: 20,
  concern: 30,
  good: 40,
  neutral: 50,
} as const;

interface DraftReason extends MatchReason {
  priority: number;
}

class Collector {
  readonly reasons: DraftReason[] = [];
  add(
    part: ScorePartName,
    tone: ReasonTone,
    key: ReasonKey,
    params: Record<string, string | number> = {},
    priority?: number,
  ) {
    const fallback =
      tone === "mismatch"
        ? PRIORITY.mismatch
        : tone === "bad"
          ? PRIORITY.concern
          : tone === "good"
            ? PRIORITY.good
            : PRIORITY.neutral;
    this.reasons.push({ key, params, tone, part, priority: priority ?? fallback });
  }
}

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);
const DAY_MS = 86_400_000;
const NAME_SEPARATOR = "\n";

function skillCredit(level: keyof typeof W.skills.levels, years: number): number {
  const yearsShare = Math.min(Math.max(0, years), W.skills.fullYears) / W.skills.fullYears;
  return clamp01(
    W.skills.base + W.skills.level * (W.skills.levels[level] ?? 0) + W.skills.years * yearsShare,
  );
}

function namesParams(skills: ReadonlyArray<{ nameJa: string; nameEn: string }>) {
  return {
    namesJa: skills.map((skill) => skill.nameJa).join(NAME_SEPARATOR),
    namesEn: skills.map((skill) => skill.nameEn).join(NAME_SEPARATOR),
    count: skills.length,
  };
}

function scoreSkills(c: ChallengeForScoring, p: ProfessionalForScoring, out: Collector): number {
  const wanted = new Map<string, (typeof c.skills)[number]>();
  for (const skill of c.skills) {
    const known = wanted.get(skill.skillId);
    if (!known || (skill.required && !known.required)) wanted.set(skill.skillId, skill);
  }
  if (wanted.size === 0) {
    out.add("skills", "neutral", "scoring.reason.skillsNone");
    return W.skills.noSkillsShare;
  }
  const best = new Map<string, number>();
  for (const skill of p.skills) {
    const credit = skillCredit(skill.level, skill.years);
    best.set(skill.skillId, Math.max(best.get(skill.skillId) ?? 0, credit));
  }
  let earned = 0;
  let possible = 0;
  const matched: Array<{ nameJa: string; nameEn: string; required: boolean; credit: number }> = [];
  const missingRequired: Array<{ nameJa: string; nameEn: string }> = [];
  let required = 0;
  let requiredMatched = 0;
  let nice = 0;
  let niceMatched = 0;
  for (const skill of wanted.values()) {
    const weight = skill.required ? W.skills.required : W.skills.niceToHave;
    possible += weight;
    const credit = best.get(skill.skillId);
    if (skill.required) required++;
    else nice++;
    if (credit === undefined) {
      if (skill.required) missingRequired.push(skill);
      continue;
    }
    earned += weight * credit;
    matched.push({ ...skill, credit });
    if (skill.required) requiredMatched++;
    else niceMatched++;
  }

  if (required > 0) {
    const tone =
      requiredMatched === required ? "good" : requiredMatched * 2 >= required ? "neutral" : "bad";
    out.add(
      "skills",
      tone,
      "scoring.reason.skillsRequired",
      { matched: requiredMatched, total: required },
      PRIORITY.headline,
    );
  } else {
    out.add(
      "skills",
      niceMatched > 0 ? "good" : "neutral",
      "scoring.reason.skillsNice",
      { matched: niceMatched, total: nice },
      PRIORITY.headline,
    );
  }
  if (matched.length > 0) {
    const top = [...matched]
      .sort((a, b) => Number(b.required) - Number(a.required) || b.credit - a.credit)
      .slice(0, 3);
    out.add(
      "skills",
      "good",
      top.length === 1 ? "scoring.reason.skillsMatchedOne" : "scoring.reason.skillsMatched",
      namesParams(top),
      PRIORITY.headline,
    );
  }
  if (missingRequired.length > 0) {
    out.add("skills", "bad", "scoring.reason.skillsMissing", {
      ...namesParams(missingRequired.slice(0, 3)),
      more: Math.max(0, missingRequired.length - 3),
    });
  }
  return earned / possible;
}

function scoreText(
  challenge: ChallengeAnalysis,
  professional: ProfessionalAnalysis,
  out: Collector,
): number {
  if (challenge.words.length === 0) return W.text.emptyShare;
  const found = challenge.words.filter(
    (word) => professional.terms.has(word.key) || professional.terms.has(word.term),
  );
  const coverage = found.length / challenge.words.length;
  // Dampened: a profile rarely repeats a post's words, so a sixth of them is a lot.
  const share = Math.sqrt(clamp01(coverage / W.text.fullCoverage));
  if (found.length >= W.text.reasonMinTerms) {
    const terms = [...found]
      .sort((a, b) => b.display.length - a.display.length)
      .slice(0, 3)
      .map((word) => word.display);
    out.add("text", "good", "scoring.reason.textTerms", { terms: terms.join(NAME_SEPARATOR) });
  }
  return share;
}

const tieOrder = ["BIRTHPLACE", "PAST_RESIDENCE", "FAMILY", "OTHER"] as const;
const tieReason = {
  BIRTHPLACE: "scoring.reason.tieBirthplace",
  PAST_RESIDENCE: "scoring.reason.tiePastResidence",
  FAMILY: "scoring.reason.tieFamily",
  OTHER: "scoring.reason.tieOther",
} as const satisfies Record<(typeof tieOrder)[number], ReasonKey>;

function scoreRegion(c: ChallengeForScoring, p: ProfessionalForScoring, out: Collector): number {
  const prefecture = c.prefectureCode;
  const block = regionOf(prefecture);
  const sameBlock = (code: string) =>
    code !== prefecture && block !== null && regionOf(code) === block;

  let wants = 0;
  if (p.regionCodes.includes(prefecture)) {
    wants = W.region.wantsPrefecture;
    out.add("region", "good", "scoring.reason.regionWants", { prefecture }, PRIORITY.strong);
  } else if (block && p.regionCodes.some(sameBlock)) {
    wants = W.region.wantsBlock;
    out.add("region", "good", "scoring.reason.regionWantsBlock", { block });
  }

  let tie = 0;
  const kinds = new Set(p.ties.filter((t) => t.prefectureCode === prefecture).map((t) => t.kind));
  for (const kind of tieOrder) {
    if (!kinds.has(kind)) continue;
    tie = Math.max(tie, W.region.ties[kind]);
    out.add("region", "good", tieReason[kind], { prefecture }, PRIORITY.strong);
  }
  if (kinds.size === 0) {
    const nearby = p.ties
      .filter((t) => sameBlock(t.prefectureCode))
      .sort(
        (a, b) =>
          W.region.ties[b.kind] - W.region.ties[a.kind] ||
          a.prefectureCode.localeCompare(b.prefectureCode),
      )[0];
    if (nearby) {
      tie = W.region.ties[nearby.kind] * W.region.tieBlockFactor;
      out.add("region", "good", "scoring.reason.tieNearby", { prefecture: nearby.prefectureCode });
    }
  }

  const share = clamp01(wants + tie);
  if (c.workStyle !== "REMOTE") return share;
  if (share === 0) out.add("region", "neutral", "scoring.reason.regionRemote");
  return W.region.remoteFloor + (1 - W.region.remoteFloor) * share;
}

function scoreWorkStyle(
  c: ChallengeForScoring,
  p: ProfessionalForScoring,
  out: Collector,
): { share: number; mismatch: boolean } {
  const styles = [...new Set(p.workStyles)];
  let style: number;
  let mismatch = false;
  if (styles.length === 0) {
    style = W.workStyle.unknownStyle;
  } else if (styles.includes(c.workStyle)) {
    style = 1;
    out.add("workStyle", "good", "scoring.reason.workStyleOk", { style: c.workStyle });
  } else if (c.workStyle === "ONSITE" && styles.every((s) => s === "REMOTE")) {
    style = 0;
    mismatch = true;
    out.add("workStyle", "mismatch", "scoring.reason.workStyleRemoteOnly");
  } else {
    style = W.workStyle.otherStyle;
    out.add("workStyle", "bad", "scoring.reason.workStyleOther", {
      style: c.workStyle,
      styles: styles.join(","),
    });
  }

  const needed = Math.max(0, c.onsiteVisitsPerMonth);
  if (needed === 0) return { share: style, mismatch };
  const visits = Math.max(0, p.onsiteVisitsPerMonth);
  if (visits >= needed) {
    out.add("workStyle", "good", "scoring.reason.visitsOk", { visits: needed }, PRIORITY.strong);
  } else if (visits === 0) {
    out.add("workStyle", "bad", "scoring.reason.visitsNone", { needed });
  } else {
    out.add("workStyle", "bad", "scoring.reason.visitsShort", { visits, needed });
  }
  const share =
    W.workStyle.styleShareWithVisits * style +
    (1 - W.workStyle.styleShareWithVisits) * clamp01(visits / needed);
  return { share, mismatch };
}

function isoDate(date: Date): string {
  return date.toISOString();
}

function validDate(date: Date | null): Date | null {
  return date && Number.isFinite(date.getTime()) ? date : null;
}

function scoreAvailability(
  c: ChallengeForScoring,
  p: ProfessionalForScoring,
  now: Date,
  out: Collector,
): number {
  const needed = Math.max(0, c.hoursPerWeek);
  let hours: number;
  if (p.hoursPerWeek === null || needed === 0) {
    hours = p.hoursPerWeek === null ? W.availability.unknownHours : 1;
  } else if (p.hoursPerWeek >= needed) {
    hours = 1;
    out.add("availability", "good", "scoring.reason.hoursOk", { needed });
  } else {
    const ratio = Math.max(0, p.hoursPerWeek) / needed;
    const floor = W.availability.hoursFloorRatio;
    hours = clamp01((ratio - floor) / (1 - floor));
    out.add("availability", "bad", "scoring.reason.hoursShort", {
      hours: Math.max(0, p.hoursPerWeek),
      needed,
    });
  }

  const availableFrom = validDate(p.availableFrom);
  const startDate = validDate(c.startDate);
  let start: number;
  if (!availableFrom) {
    start = W.availability.unknownStart;
  } else {
    const reference = startDate ?? now;
    const lateDays = (availableFrom.getTime() - reference.getTime()) / DAY_MS;
    if (lateDays <= 0) {
      start = 1;
      if (startDate) {
        out.add("availability", "good", "scoring.reason.startOk", {
          startDate: isoDate(startDate),
        });
      } else {
        out.add("availability", "good", "scoring.reason.startNow");
      }
    } else if (startDate) {
      start = clamp01(1 - lateDays / W.availability.lateDaysToZero);
      out.add("availability", "bad", "scoring.reason.startLate", {
        availableFromDate: isoDate(availableFrom),
        startDate: isoDate(startDate),
      });
    } else {
      start = W.availability.laterWithoutStartDate;
      out.add("availability", "neutral", "scoring.reason.startLater", {
        availableFromDate: isoDate(availableFrom),
      });
    }
  }
  const share = W.availability.hoursShare;
  return share * hours + (1 - share) * start;
}

function positive(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}

function scoreCompensation(
  c: ChallengeForScoring,
  p: ProfessionalForScoring,
  out: Collector,
): { share: number; mismatch: boolean } {
  const monthly = positive(p.expectedMonthlyYen);
  const hourly = positive(p.expectedHourlyYen);
  const hoursPerMonth = Math.max(0, c.hoursPerWeek) * WEEKS_PER_MONTH;

  if (c.compensationType === "NONE") {
    if (monthly === null && hourly === null) {
      out.add("compensation", "neutral", "scoring.reason.payProBono");
      return { share: 1, mismatch: false };
    }
    out.add("compensation", "bad", "scoring.reason.payUnpaid", {
      expectedYen: monthly ?? (hourly as number),
      expectedUnit: monthly !== null ? "month" : "hour",
    });
    return { share: W.compensation.unpaidButExpects, mismatch: false };
  }

  const budget = positive(c.compensationMax) ?? positive(c.compensationMin);
  if (budget === null) return { share: W.compensation.unknownBudget, mismatch: false };
  if (monthly === null && hourly === null) {
    return { share: W.compensation.noExpectation, mismatch: false };
  }
  const offerUnit = c.compensationType === "HOURLY" ? "hour" : "month";
  // The expectation as stated, preferring the challenge's unit; compared per month.
  const expected =
    offerUnit === "hour"
      ? hourly !== null
        ? { yen: hourly, unit: "hour" as const }
        : { yen: monthly as number, unit: "month" as const }
      : monthly !== null
        ? { yen: monthly, unit: "month" as const }
        : { yen: hourly as number, unit: "hour" as const };
  let ratio: number;
  if (expected.unit === offerUnit) {
    ratio = expected.yen / budget;
  } else if (hoursPerMonth > 0) {
    const toMonthly = (yen: number, unit: "hour" | "month") =>
      unit === "hour" ? yen * hoursPerMonth : yen;
    ratio = toMonthly(expected.yen, expected.unit) / toMonthly(budget, offerUnit);
  } else {
    return { share: W.compensation.unknownBudget, mismatch: false };
  }
  const params = {
    expectedYen: Math.round(expected.yen),
    expectedUnit: expected.unit,
    offerYen: budget,
    offerUnit,
  };
  if (ratio <= 1) {
    out.add("compensation", "good", "scoring.reason.payWithin", params);
    return { share: 1, mismatch: false };
  }
  if (ratio <= W.compensation.farApartRatio) {
    out.add("compensation", "bad", "scoring.reason.payAbove", params);
    const share =
      (W.compensation.justAbove * (W.compensation.farApartRatio - ratio)) /
      (W.compensation.farApartRatio - 1);
    return { share: clamp01(share), mismatch: false };
  }
  out.add("compensation", "mismatch", "scoring.reason.payFarApart", params);
  return { share: 0, mismatch: true };
}

function scoreEngagement(
  c: ChallengeForScoring,
  p: ProfessionalForScoring,
  out: Collector,
): { share: number; mismatch: boolean } {
  const offered = engagementOrder.filter((type) => c.engagementTypes.includes(type));
  const wanted = engagementOrder.filter((type) => p.engagementTypes.includes(type));
  if (offered.length === 0 || wanted.length === 0) {
    return { share: W.engagement.unknown, mismatch: false };
  }
  const both = offered.filter((type) => wanted.includes(type));
  if (both.length > 0) {
    out.add("engagement", "good", "scoring.reason.engagementOk", { engagements: both.join(",") });
    return { share: 1, mismatch: false };
  }
  out.add("engagement", "mismatch", "scoring.reason.engagementNone", {
    offered: offered.join(","),
    wanted: wanted.join(","),
  });
  return { share: 0, mismatch: true };
}

function analysisOfChallenge(challenge: ChallengeForScoring | PreparedChallenge) {
  return "analysis" in challenge ? challenge.analysis : analyseChallengeText(challenge.text);
}

function analysisOfProfessional(professional: ProfessionalForScoring | PreparedProfessional) {
  return "analysis" in professional
    ? professional.analysis
    : analyseProfessionalText(professional.text);
}

/** Scores one pair. See the contract at the top of this file. */
export function scorePair(
  challenge: ChallengeForScoring | PreparedChallenge,
  professional: ProfessionalForScoring | PreparedProfessional,
  options: { now?: Date } = {},
): PairScore {
  const out = new Collector();
  const now = options.now ?? new Date();
  const workStyle = scoreWorkStyle(challenge, professional, out);
  const compensation = scoreCompensation(challenge, professional, out);
  const engagement = scoreEngagement(challenge, professional, out);
  const shares: Record<ScorePartName, number> = {
    skills: scoreSkills(challenge, professional, out),
    text: scoreText(analysisOfChallenge(challenge), analysisOfProfessional(professional), out),
    region: scoreRegion(challenge, professional, out),
    workStyle: workStyle.share,
    availability: scoreAvailability(challenge, professional, now, out),
    compensation: compensation.share,
    engagement: engagement.share,
  };

  let earned = 0;
  let possible = 0;
  const parts = {} as PairScore["parts"];
  for (const name of scorePartNames) {
    const max = W.parts[name];
    const score = max * clamp01(shares[name]);
    earned += score;
    possible += max;
    parts[name] = { score: Math.round(score * 10) / 10, max };
  }
  let total = possible > 0 ? Math.round((100 * earned) / possible) : 0;
  const hasMismatch = workStyle.mismatch || compensation.mismatch || engagement.mismatch;
  if (hasMismatch) total = Math.min(total, W.mismatchCap);

  const reasons = out.reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => a.reason.priority - b.reason.priority || a.index - b.index)
    .map(({ reason: { priority: _priority, ...reason } }) => reason);
  return {
    total: Math.min(100, Math.max(0, total)),
    parts,
    reasons,
    mismatches: reasons.filter((reason) => reason.tone === "mismatch"),
  };
}
