/**
 * The pipeline board. Every card has "move to…" buttons in a plain form (keyboard and
 * no-JS users); with JavaScript, mouse users may also drag a card onto a column, which
 * posts the same move through a fetcher. Either way the card shows in its new column at
 * once and goes back if the server refuses the move.
 */
import { Form, Link, useFetcher, useNavigation } from "@remix-run/react";
import { useEffect, useState, type DragEvent } from "react";
import type { MatchStage } from "~/generated/prisma/enums";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { StageBadge } from "~/modules/matching/match-view";
import { prefectureName } from "~/modules/reference/prefectures";
import { FormErrors } from "~/ui/field";
import { endedColumns, groupByStage, pipelineColumns, STALE_DAYS } from "./pipeline";
import type { PipelineCard } from "./pipeline.server";

export type MoveResult = {
  result?: { error?: Record<string, string[] | null> | null } | null;
  matchId?: string;
};

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** The pending move (from the buttons' form or a drag), to show it before the answer. */
function usePendingMove(fetcherData: FormData | undefined) {
  const navigation = useNavigation();
  const formData = fetcherData ?? navigation.formData;
  const matchId = formData?.get("matchId");
  const to = formData?.get("to");
  return typeof matchId === "string" && typeof to === "string"
    ? { matchId, to: to as MatchStage }
    : null;
}

export function errorsOf(data: MoveResult | undefined) {
  return Object.values(data?.result?.error ?? {}).flatMap((errors) => errors ?? []);
}

export function PipelineBoard({
  cards,
  ended,
  action,
  actionData,
}: {
  cards: PipelineCard[];
  ended: PipelineCard[];
  /** the form's action: this page with its filters */
  action: string;
  actionData: MoveResult | undefined;
}) {
  const t = useT();
  const hydrated = useHydrated();
  const fetcher = useFetcher<MoveResult>({ key: "pipeline-move" });
  const pending = usePendingMove(fetcher.formData);
  const [dragged, setDragged] = useState<PipelineCard | null>(null);
  const [over, setOver] = useState<MatchStage | null>(null);
  const shown = cards.map((card) =>
    pending && card.id === pending.matchId ? { ...card, stage: pending.to } : card,
  );
  const columns = groupByStage(shown);
  const errors = [...errorsOf(fetcher.state === "idle" ? fetcher.data : undefined)];
  if (errors.length === 0) errors.push(...errorsOf(actionData));

  const canDrop = (stage: MatchStage) => dragged !== null && dragged.moves.includes(stage);
  const dropProps = (stage: MatchStage) =>
    hydrated
      ? {
          onDragOver: (event: DragEvent) => {
            if (!canDrop(stage)) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
            setOver(stage);
          },
          onDragLeave: () => setOver((current) => (current === stage ? null : current)),
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            setOver(null);
            if (!dragged || !canDrop(stage)) return;
            fetcher.submit({ matchId: dragged.id, to: stage }, { method: "post", action });
            setDragged(null);
          },
        }
      : {};

  return (
    <div className="space-y-4">
      <FormErrors errors={errors} />
      <p className="text-sm text-muted">{t("console.pipeline.howToMove")}</p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {pipelineColumns.map((stage) => {
          const items = columns.get(stage) ?? [];
          return (
            <section
              key={stage}
              aria-labelledby={`column-${stage}`}
              data-stage={stage}
              className={`rounded-lg border-2 p-3 ${
                over === stage
                  ? "border-accent bg-accent-soft"
                  : dragged && canDrop(stage)
                    ? "border-dashed border-accent bg-white"
                    : "border-line bg-white"
              }`}
              {...dropProps(stage)}
            >
              <h2 id={`column-${stage}`} className="mb-2 flex items-center justify-between">
                <StageBadge stage={stage} />
                <span className="text-sm text-muted">
                  {t("console.pipeline.count", { count: items.length })}
                </span>
              </h2>
              {items.length === 0 ? (
                <p className="text-sm text-muted">{t("console.pipeline.emptyColumn")}</p>
              ) : (
                <ol className="space-y-3">
                  {items.map((card) => (
                    <PipelineCardItem
                      key={card.id}
                      card={card}
                      action={action}
                      draggable={hydrated && card.moves.length > 0}
                      onDragStart={() => setDragged(card)}
                      onDragEnd={() => {
                        setDragged(null);
                        setOver(null);
                      }}
                    />
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
      <details className="card p-4">
        <summary className="cursor-pointer font-semibold">
          {t("console.pipeline.ended", { count: ended.length })}
        </summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {endedColumns.map((stage) => {
            const items = ended.filter((card) => card.stage === stage);
            return (
              <section key={stage} aria-labelledby={`column-${stage}`} data-stage={stage}>
                <h2 id={`column-${stage}`} className="mb-2 flex items-center justify-between">
                  <StageBadge stage={stage} />
                  <span className="text-sm text-muted">
                    {t("console.pipeline.count", { count: items.length })}
                  </span>
                </h2>
                {items.length === 0 ? (
                  <p className="text-sm text-muted">{t("console.pipeline.emptyColumn")}</p>
                ) : (
                  <ol className="space-y-3">
                    {items.map((card) => (
                      <PipelineCardItem key={card.id} card={card} action={action} />
                    ))}
                  </ol>
                )}
              </section>
            );
          })}
        </div>
      </details>
    </div>
  );
}

function PipelineCardItem({
  card,
  action,
  draggable = false,
  onDragStart,
  onDragEnd,
}: {
  card: PipelineCard;
  action: string;
  draggable?: boolean;
  onDragStart?: () => void;
  onDragEnd?: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <li
      className={`rounded-md border p-3 text-sm ${card.stale ? "border-danger" : "border-line"} ${
        draggable ? "cursor-grab" : ""
      }`}
      data-match-id={card.id}
      draggable={draggable || undefined}
      onDragStart={
        draggable
          ? (event) => {
              event.dataTransfer.setData("text/plain", card.id);
              event.dataTransfer.effectAllowed = "move";
              onDragStart?.();
            }
          : undefined
      }
      onDragEnd={draggable ? onDragEnd : undefined}
    >
      <h3 className="font-semibold">
        <Link to={`/matches/${card.id}`}>{card.challengeTitle}</Link>
      </h3>
      <p className="text-muted">
        {card.companyName} · {prefectureName(card.prefectureCode, locale)}
      </p>
      <p>
        {card.professional.label}
        {card.professional.disclosed ? null : (
          <span className="text-muted"> ({t("console.pipeline.anonymous")})</span>
        )}
      </p>
      <p className="text-muted">
        {t(`matches.source.${card.source}`)}
        {card.introducedBy
          ? ` · ${t("console.pipeline.introducedBy", { name: card.introducedBy })}`
          : ""}
      </p>
      <p className={card.stale ? "font-semibold text-danger" : "text-muted"}>
        {t("console.pipeline.age", { days: formatNumber(locale, card.ageDays) })}
        {card.stale ? (
          <span className="ml-1" data-testid="stale-flag">
            {t("console.pipeline.stale", { days: STALE_DAYS })}
          </span>
        ) : null}
      </p>
      {card.moves.length > 0 ? (
        <Form method="post" action={action} className="mt-2 flex flex-wrap gap-1">
          <input type="hidden" name="matchId" value={card.id} />
          {card.moves.map((stage) => (
            <button
              key={stage}
              type="submit"
              name="to"
              value={stage}
              className="btn-secondary min-h-9 px-2 py-1 text-sm"
              aria-label={t("console.pipeline.moveLabel", {
                title: card.challengeTitle,
                stage: t(`matches.stage.${stage}`),
              })}
            >
              {t("console.pipeline.moveTo", { stage: t(`matches.stage.${stage}`) })}
            </button>
          ))}
        </Form>
      ) : card.awaitingAgreement && card.stage === "INTERESTED" ? (
        <p className="mt-2 text-muted">{t("console.pipeline.awaitingAgreement")}</p>
      ) : null}
    </li>
  );
}
