/**
 * The score bar and reasons every ranked list shows (recommendations, candidates,
 * matches): "適合度 82", a meter, hard mismatches always, the top reasons (keeping a place
 * for the first concern), and the part
 * breakdown with the remaining reasons behind a <details> (works without JavaScript).
 * Reasons are rendered as text in the viewer's language at render time.
 */
import { useId } from "react";
import { formatNumber, type Locale } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import type { Translate } from "~/lib/i18n/translate";
import { reasonText } from "./reasons";
import type { MatchReason, PairScore, ReasonTone, ScorePartName } from "./score";

/** A PairScore as a loader returns it (plain JSON). */
export type ScoreLike = Pick<PairScore, "total" | "parts" | "reasons" | "mismatches">;

// The order of scorePartNames (score.ts is not imported here: it holds the analyser).
const partOrder: readonly ScorePartName[] = [
  "skills",
  "text",
  "region",
  "workStyle",
  "availability",
  "compensation",
  "engagement",
];

// Static classes (the CSP forbids inline styles): the bar's width in steps of 5 %.
const widths = [
  "w-[0%]",
  "w-[5%]",
  "w-[10%]",
  "w-[15%]",
  "w-[20%]",
  "w-[25%]",
  "w-[30%]",
  "w-[35%]",
  "w-[40%]",
  "w-[45%]",
  "w-[50%]",
  "w-[55%]",
  "w-[60%]",
  "w-[65%]",
  "w-[70%]",
  "w-[75%]",
  "w-[80%]",
  "w-[85%]",
  "w-[90%]",
  "w-[95%]",
  "w-[100%]",
] as const;

const toneMark: Record<ReasonTone, { mark: string; className: string }> = {
  good: { mark: "✓", className: "text-success" },
  neutral: { mark: "・", className: "text-muted" },
  bad: { mark: "△", className: "text-ink" },
  mismatch: { mark: "✕", className: "text-danger" },
};

function ReasonItem({ reason, t, locale }: { reason: MatchReason; t: Translate; locale: Locale }) {
  const tone = toneMark[reason.tone];
  return (
    <li
      className={`flex gap-2 ${reason.tone === "mismatch" ? "font-semibold text-danger" : ""}`}
      data-tone={reason.tone}
    >
      <span aria-hidden="true" className={`shrink-0 ${tone.className}`}>
        {tone.mark}
      </span>
      <span>
        <span className="sr-only">{t(`scoring.tone.${reason.tone}`)}: </span>
        {reasonText(reason, t, locale)}
      </span>
    </li>
  );
}

/**
 * The reasons shown up front (besides mismatches): the most important ones, keeping a
 * place for the first concern so a list never shows only the good side.
 */
export function pickShown(reasons: readonly MatchReason[], maxReasons: number) {
  const others = reasons.filter((reason) => reason.tone !== "mismatch");
  const limit = Math.max(0, Math.floor(maxReasons));
  let shown = others.slice(0, limit);
  const concern = others.find((reason) => reason.tone === "bad");
  if (limit >= 2 && concern && !shown.includes(concern)) {
    shown = [...shown.slice(0, limit - 1), concern];
  }
  return { shown, rest: others.filter((reason) => !shown.includes(reason)) };
}

export interface ScoreSummaryViewProps {
  score: ScoreLike;
  /** reasons shown before the details (mismatches are always shown); default 3 */
  maxReasons?: number;
  t: Translate;
  locale: Locale;
}

/** The summary with an explicit translator: for tests and non-route renderers. */
export function ScoreSummaryView({ score, maxReasons = 3, t, locale }: ScoreSummaryViewProps) {
  const id = useId();
  const total = Math.min(100, Math.max(0, Math.round(score.total)));
  const { shown, rest } = pickShown(score.reasons, maxReasons);
  return (
    <div className="space-y-2 text-sm" data-testid="score-summary">
      <div className="flex items-center gap-3">
        <span id={`${id}-label`} className="shrink-0 font-semibold whitespace-nowrap">
          {t("scoring.summary.value", { total: formatNumber(locale, total) })}
        </span>
        <div
          role="meter"
          aria-labelledby={`${id}-label`}
          aria-valuenow={total}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuetext={t("scoring.summary.valueText", { total: formatNumber(locale, total) })}
          className="h-2.5 min-w-16 flex-1 overflow-hidden rounded-full border border-line bg-gray-100"
        >
          <div
            className={`h-full rounded-full ${score.mismatches.length > 0 ? "bg-danger" : "bg-accent"} ${widths[Math.round(total / 5)]}`}
          />
        </div>
      </div>
      {score.mismatches.length > 0 || shown.length > 0 ? (
        <ul className="space-y-1" aria-label={t("scoring.summary.reasons")}>
          {score.mismatches.map((reason, index) => (
            <ReasonItem key={`m${index}`} reason={reason} t={t} locale={locale} />
          ))}
          {shown.map((reason, index) => (
            <ReasonItem key={`r${index}`} reason={reason} t={t} locale={locale} />
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t("scoring.summary.noReasons")}</p>
      )}
      <details>
        <summary className="cursor-pointer text-muted">{t("scoring.summary.details")}</summary>
        <dl className="mt-2 grid grid-cols-[auto_auto] justify-start gap-x-4 gap-y-0.5">
          {partOrder
            .filter((name) => score.parts[name])
            .map((name) => (
              <div key={name} className="contents">
                <dt>{t(`scoring.part.${name}`)}</dt>
                <dd className="tabular-nums">
                  {t("scoring.summary.partValue", {
                    score: formatNumber(locale, score.parts[name].score),
                    max: formatNumber(locale, score.parts[name].max),
                  })}
                </dd>
              </div>
            ))}
        </dl>
        {rest.length > 0 ? (
          <ul className="mt-2 space-y-1">
            {rest.map((reason, index) => (
              <ReasonItem key={index} reason={reason} t={t} locale={locale} />
            ))}
          </ul>
        ) : null}
      </details>
    </div>
  );
}

/** The summary in the viewer's language (reads the locale the root loader chose). */
export function ScoreSummary({ score, maxReasons }: { score: ScoreLike; maxReasons?: number }) {
  const t = useT();
  const locale = useLocale();
  return <ScoreSummaryView score={score} maxReasons={maxReasons} t={t} locale={locale} />;
}
