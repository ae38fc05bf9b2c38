import type { ReactNode } from "react";
import type {
  ChallengeCategory,
  ChallengeStatus,
  CloseReason,
  CompensationType,
  WorkStyle,
} from "~/generated/prisma/enums";
import { formatDate, formatDateTime, formatNumber, type Locale } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import type { Translate } from "~/lib/i18n/translate";
import { prefectureName } from "~/modules/reference/prefectures";
import type { EngagementType } from "~/modules/reference/work";
import type { ChecklistKey } from "./checklist";

/** What the detail page and the wizard's preview show (dates as YYYY-MM-DD or ISO). */
export type ChallengeViewData = {
  title: string;
  summary: string;
  background: string;
  successCriteria: string;
  deliverables: string;
  category: ChallengeCategory | null;
  requiredSkills: readonly string[];
  niceToHaveSkills: readonly string[];
  engagementTypes: readonly EngagementType[];
  workStyle: WorkStyle | null;
  onsiteVisitsPerMonth: number | null;
  hoursPerWeek: number | null;
  durationMonths: number | null;
  compensationType: CompensationType | null;
  compensationMin: number | null;
  compensationMax: number | null;
  startDate: string | null;
  applicationDeadline: string | null;
  prefectureCode: string | null;
  municipality: string;
};

function joinList(locale: Locale, items: readonly string[]) {
  return items.join(locale === "ja" ? "、" : ", ");
}

function yen(locale: Locale, value: number) {
  return locale === "ja" ? `${formatNumber(locale, value)}円` : `¥${formatNumber(locale, value)}`;
}

/** "月額 300,000円〜500,000円", "Hourly ¥3,000", "Unpaid (pro bono)". */
export function formatCompensation(
  t: Translate,
  locale: Locale,
  value: Pick<ChallengeViewData, "compensationType" | "compensationMin" | "compensationMax">,
): string | null {
  if (!value.compensationType) return null;
  if (value.compensationType === "NONE") return t("reference.compensation.NONE");
  if (value.compensationMin === null) return null;
  const range =
    value.compensationMax !== null && value.compensationMax !== value.compensationMin
      ? t("challenges.view.range", {
          min: yen(locale, value.compensationMin),
          max: yen(locale, value.compensationMax),
        })
      : yen(locale, value.compensationMin);
  return `${t(`reference.compensation.${value.compensationType}`)} ${range}`;
}

function dateText(locale: Locale, value: string | null) {
  if (!value) return null;
  return formatDate(locale, value.length === 10 ? `${value}T00:00:00+09:00` : value);
}

/** The terms at a glance: a definition list; missing values read "not set yet". */
export function ChallengeFacts({ challenge }: { challenge: ChallengeViewData }) {
  const t = useT();
  const locale = useLocale();
  const notSet = <span className="text-muted">{t("challenges.view.notSet")}</span>;
  const workStyle = challenge.workStyle
    ? challenge.workStyle === "REMOTE" || !challenge.onsiteVisitsPerMonth
      ? t(`reference.workStyle.${challenge.workStyle}`)
      : t("challenges.view.workStyleWithVisits", {
          style: t(`reference.workStyle.${challenge.workStyle}`),
          visits: challenge.onsiteVisitsPerMonth,
        })
    : null;
  const location = challenge.prefectureCode
    ? [prefectureName(challenge.prefectureCode, locale), challenge.municipality]
        .filter(Boolean)
        .join(locale === "ja" ? "" : ", ")
    : null;
  const rows: Array<[string, ReactNode]> = [
    [
      t("challenges.field.category"),
      challenge.category ? t(`reference.category.${challenge.category}`) : null,
    ],
    [
      t("challenges.field.engagementTypes"),
      challenge.engagementTypes.length > 0
        ? joinList(
            locale,
            challenge.engagementTypes.map((code) => t(`reference.engagement.${code}`)),
          )
        : null,
    ],
    [t("challenges.field.workStyle"), workStyle],
    [
      t("challenges.field.hoursPerWeek"),
      challenge.hoursPerWeek
        ? t("challenges.view.hoursPerWeek", { hours: challenge.hoursPerWeek })
        : null,
    ],
    [
      t("challenges.field.durationMonths"),
      challenge.durationMonths
        ? t("challenges.view.months", { months: challenge.durationMonths })
        : null,
    ],
    [t("challenges.field.compensation"), formatCompensation(t, locale, challenge)],
    [t("challenges.field.startDate"), dateText(locale, challenge.startDate)],
    [t("challenges.field.applicationDeadline"), dateText(locale, challenge.applicationDeadline)],
    [t("challenges.field.location"), location],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value ?? notSet}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A section of long text, kept as the author wrote it (line breaks included). */
function TextSection({ title, text, level }: { title: string; text: string; level: 2 | 3 }) {
  const t = useT();
  const Heading = `h${level}` as const;
  return (
    <section className="space-y-1">
      <Heading className="text-lg font-semibold">{title}</Heading>
      {text.trim() ? (
        <p className="whitespace-pre-wrap">{text}</p>
      ) : (
        <p className="text-muted">{t("challenges.view.notSet")}</p>
      )}
    </section>
  );
}

/** The challenge's story and skills: sections under headings of `level`. */
export function ChallengeBody({
  challenge,
  level = 2,
}: {
  challenge: ChallengeViewData;
  level?: 2 | 3;
}) {
  const t = useT();
  const locale = useLocale();
  const Heading = `h${level}` as const;
  return (
    <div className="space-y-6">
      <TextSection
        level={level}
        title={t("challenges.field.background")}
        text={challenge.background}
      />
      <TextSection
        level={level}
        title={t("challenges.field.successCriteria")}
        text={challenge.successCriteria}
      />
      {challenge.deliverables.trim() ? (
        <TextSection
          level={level}
          title={t("challenges.field.deliverables")}
          text={challenge.deliverables}
        />
      ) : null}
      <section className="space-y-2">
        <Heading className="text-lg font-semibold">{t("challenges.view.skills")}</Heading>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold">{t("challenges.field.requiredSkills")}</dt>
          <dd>
            {challenge.requiredSkills.length > 0 ? (
              joinList(locale, challenge.requiredSkills)
            ) : (
              <span className="text-muted">{t("challenges.view.notSet")}</span>
            )}
          </dd>
          <dt className="font-semibold">{t("challenges.field.niceToHaveSkills")}</dt>
          <dd>
            {challenge.niceToHaveSkills.length > 0 ? (
              joinList(locale, challenge.niceToHaveSkills)
            ) : (
              <span className="text-muted">{t("challenges.view.none")}</span>
            )}
          </dd>
        </dl>
      </section>
    </div>
  );
}

const statusStyles: Record<ChallengeStatus, string> = {
  DRAFT: "border-gray-500 bg-gray-50 text-ink",
  OPEN: "border-success bg-green-50 text-success",
  PAUSED: "border-amber-700 bg-amber-50 text-amber-900",
  CLOSED: "border-gray-500 bg-gray-100 text-ink",
};

export function StatusBadge({ status }: { status: ChallengeStatus }) {
  const t = useT();
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-sm font-semibold ${statusStyles[status]}`}
    >
      {t(`reference.status.${status}`)}
    </span>
  );
}

/** The checklist of what professionals need to know, each item ✓ or ✗ with a word. */
export function ChecklistView({
  items,
}: {
  items: ReadonlyArray<{ key: ChecklistKey; ok: boolean; required: boolean }>;
}) {
  const t = useT();
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.key} className="flex items-start gap-2" data-checklist={item.key}>
          <span
            aria-hidden="true"
            className={`font-bold ${item.ok ? "text-success" : item.required ? "text-danger" : "text-muted"}`}
          >
            {item.ok ? "✓" : "✗"}
          </span>
          <span>
            <span className="sr-only">
              {t(item.ok ? "challenges.checklist.done" : "challenges.checklist.missing")}:{" "}
            </span>
            {t(`challenges.checklist.${item.key}`)}
            {!item.required ? (
              <span className="text-sm text-muted"> {t("challenges.checklist.recommended")}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

export type HistoryEntry = {
  id: string;
  fromStatus: ChallengeStatus | null;
  toStatus: ChallengeStatus;
  closeReason: CloseReason | null;
  note: string | null;
  createdAt: string | Date;
  actor: { name: string } | null;
};

/** Who moved the challenge between states, when and why. */
export function StatusHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol className="space-y-2">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-line pl-3">
          <p>
            <time dateTime={new Date(entry.createdAt).toISOString()} className="text-sm text-muted">
              {formatDateTime(locale, entry.createdAt)}
            </time>{" "}
            {entry.fromStatus
              ? t("challenges.history.moved", {
                  from: t(`reference.status.${entry.fromStatus}`),
                  to: t(`reference.status.${entry.toStatus}`),
                })
              : t("challenges.history.created")}
            {" — "}
            {entry.actor?.name ?? t("challenges.history.unknownActor")}
          </p>
          {entry.closeReason ? (
            <p className="text-sm">
              {t("challenges.history.reason", {
                reason: t(`reference.closeReason.${entry.closeReason}`),
              })}
            </p>
          ) : null}
          {entry.note ? <p className="whitespace-pre-wrap text-sm">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
