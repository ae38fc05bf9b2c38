import { Form, Link, useNavigation } from "@remix-run/react";
import type { MatchStage } from "~/generated/prisma/enums";
import { formatDate, formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { linkify } from "~/ui/linkify";
import { StatusButton } from "~/ui/status-button";
import { progressStages } from "./lifecycle";
import { embargoEndsAt } from "./reviews";
import type { MatchDetail } from "./views.server";

/** Loader data keeps its Dates (single fetch). */
export type MatchDetailData = MatchDetail;

const stageTone: Record<MatchStage, string> = {
  INTERESTED: "border-line bg-white",
  TALKING: "border-accent bg-accent-soft",
  PROPOSAL: "border-accent bg-accent-soft",
  CONTRACTED: "border-success bg-green-50 text-success",
  WORKING: "border-success bg-green-50 text-success",
  COMPLETED: "border-success bg-green-50 text-success",
  DECLINED: "border-line bg-white text-muted",
  WITHDRAWN: "border-line bg-white text-muted",
};

export function StageBadge({ stage }: { stage: MatchStage }) {
  const t = useT();
  return (
    <span
      className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold ${stageTone[stage]}`}
    >
      {t(`matches.stage.${stage}`)}
    </span>
  );
}

/** The stages in order, the current one marked for sight and for screen readers. */
export function StageProgress({ stage }: { stage: MatchStage }) {
  const t = useT();
  const current = (progressStages as readonly MatchStage[]).indexOf(stage);
  return (
    <ol className="flex flex-wrap gap-2" aria-label={t("matches.detail.progress")}>
      {progressStages.map((step, index) => {
        const isCurrent = step === stage;
        const done = current >= 0 && index < current;
        return (
          <li
            key={step}
            aria-current={isCurrent ? "step" : undefined}
            className={`rounded-md border px-3 py-1 text-sm ${
              isCurrent
                ? "border-accent bg-accent text-white font-semibold"
                : done
                  ? "border-accent-strong text-accent-strong"
                  : "border-line text-muted"
            }`}
          >
            {t(`matches.stage.${step}`)}
            {isCurrent ? <span className="sr-only"> ({t("matches.detail.current")})</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

export function Timeline({
  events,
  source,
}: {
  events: MatchDetailData["timeline"];
  source: MatchDetailData["source"];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol className="space-y-3 border-l-2 border-line pl-4">
      {events.map((event) => {
        const side = t(
          `matches.side.${event.actorSide as "company" | "professional" | "coordinator"}`,
        );
        const line =
          event.kind === "created"
            ? t("matches.timeline.created", { side, source: t(`matches.source.${source}`) })
            : event.kind === "accepted"
              ? t("matches.timeline.accepted", { side })
              : event.kind === "reviewed"
                ? t("matches.timeline.reviewed", { side })
                : event.kind === "ended"
                  ? t("matches.timeline.ended", { to: t(`matches.stage.${event.toStage!}`) })
                  : t("matches.timeline.stage", {
                      from: t(`matches.stage.${event.fromStage!}`),
                      to: t(`matches.stage.${event.toStage!}`),
                    });
        return (
          <li key={event.id}>
            <p className="font-semibold">{line}</p>
            <p className="text-sm text-muted">
              <time dateTime={new Date(event.createdAt).toISOString()}>
                {formatDateTime(locale, event.createdAt)}
              </time>
              {event.actorName ? ` · ${event.actorName}` : null}
            </p>
            {event.note ? (
              <p className="mt-1 whitespace-pre-wrap break-words">{linkify(event.note)}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Accept, move on, or end the match: plain POST forms, with the pending state on the button pressed. */
export function MatchActions({ match }: { match: MatchDetailData }) {
  const t = useT();
  const { actions, side, source } = match;
  const nothing = !actions.accept && actions.moves.length === 0 && !actions.end;
  if (nothing) return <p className="text-muted">{t("matches.actions.none")}</p>;
  const acceptLabel =
    side === "company"
      ? source === "INTRODUCTION"
        ? "matches.actions.acceptIntroduction"
        : "matches.actions.takeUp"
      : source === "INTRODUCTION"
        ? "matches.actions.acceptIntroduction"
        : "matches.actions.acceptScout";
  const endIntent = side === "company" ? "decline" : "withdraw";
  return (
    <div className="space-y-5">
      {actions.accept ? (
        <Form method="post">
          <StatusButton name="intent" value="accept">
            {t(acceptLabel)}
          </StatusButton>
        </Form>
      ) : null}
      {actions.moves.length > 0 ? (
        <Form method="post" className="space-y-3">
          <input type="hidden" name="intent" value="move" />
          <fieldset>
            <legend className="mb-2 font-semibold">{t("matches.actions.move")}</legend>
            <div className="flex flex-wrap gap-2">
              {actions.moves.map((stage) => (
                <StatusButton key={stage} name="to" value={stage} variant="secondary">
                  {t("matches.actions.moveTo", { stage: t(`matches.stage.${stage}`) })}
                </StatusButton>
              ))}
            </div>
          </fieldset>
          <label className="block">
            <span className="mb-1 block text-sm font-semibold">{t("matches.actions.note")}</span>
            <input name="note" className="input" maxLength={500} />
          </label>
        </Form>
      ) : null}
      {actions.end ? (
        <details className="rounded-md border border-line p-3">
          <summary className="cursor-pointer font-semibold">
            {t(`matches.actions.${endIntent}`)}
          </summary>
          <Form method="post" className="mt-3 space-y-3">
            <label className="block">
              <span className="mb-1 block text-sm font-semibold">
                {t("matches.actions.reason")}
              </span>
              <select name="reason" className="input" required>
                {actions.endReasons.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`matches.reason.${reason}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              <span className="mb-1 block text-sm font-semibold">{t("matches.actions.note")}</span>
              <input name="note" className="input" maxLength={500} />
            </label>
            <StatusButton name="intent" value={endIntent} variant="danger">
              {t(`matches.actions.${endIntent}`)}
            </StatusButton>
          </Form>
        </details>
      ) : null}
    </div>
  );
}

/** The stage shown while a move is on its way, so the page answers at once (optimistic UI). */
export function useOptimisticStage(stage: MatchStage): MatchStage {
  const navigation = useNavigation();
  const to = navigation.formData?.get("to");
  if (navigation.formData?.get("intent") === "move" && typeof to === "string") {
    return to as MatchStage;
  }
  return stage;
}

export function Reviews({ match }: { match: MatchDetailData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="space-y-3">
      {match.reviews.length === 0 ? <p className="text-muted">{t("matches.review.none")}</p> : null}
      {match.reviews.map((review) => (
        <article key={review.authorSide} className="rounded-md border border-line p-3">
          <h3 className="font-semibold">
            {t("matches.review.by", { side: t(`matches.side.${review.authorSide}`) })}
          </h3>
          <p>{t("matches.review.ratingValue", { rating: review.rating })}</p>
          <p className="whitespace-pre-wrap break-words">{review.comment}</p>
          {review.wouldWorkAgain !== null ? (
            <p className="text-sm text-muted">
              {t(review.wouldWorkAgain ? "matches.review.again.yes" : "matches.review.again.no")}
            </p>
          ) : null}
        </article>
      ))}
      {!match.reviewsPublished && match.completedAt && match.side !== "coordinator" ? (
        <p className="text-sm text-muted">
          {t("matches.review.embargo", {
            date: formatDate(locale, embargoEndsAt(new Date(match.completedAt))),
          })}
        </p>
      ) : null}
      {match.canReview ? (
        <Link to={`/matches/${match.id}/review`} className="btn-primary inline-block">
          {t("matches.review.write")}
        </Link>
      ) : null}
    </div>
  );
}
