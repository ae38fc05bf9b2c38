import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { forbidden } from "~/lib/http.server";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { notesPanelFor } from "~/modules/coordination/notes.server";
import { NotesPanel } from "~/modules/coordination/notes-panel";
import { subsidyUseSchema } from "~/modules/coordination/subsidies";
import { recordSubsidyUse, subsidyChoiceFor } from "~/modules/coordination/subsidies.server";
import { SubsidyUseForm } from "~/modules/coordination/subsidies-view";
import { requireMatchSide } from "~/modules/matching/access.server";
import {
  MatchActions,
  Reviews,
  StageProgress,
  Timeline,
  useOptimisticStage,
} from "~/modules/matching/match-view";
import { MatchParties } from "~/modules/matching/match-parties";
import { actOnMatch } from "~/modules/matching/matches.server";
import { matchActionSchema } from "~/modules/matching/schemas";
import { matchDetail } from "~/modules/matching/views.server";
import { MatchThreadSection } from "~/modules/messaging/match-thread";
import { matchThreadState } from "~/modules/messaging/threads.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "matches.detail.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, side, matchId } = await requireMatchSide(request, context, params.matchId ?? "");
  return {
    match: await matchDetail(matchId, user, side, await resolveLocale(request, user)),
    thread: await matchThreadState(matchId, user, side),
    // Which support scheme the match used: its company's members and coordinators record it.
    subsidy: side === "professional" ? null : await subsidyChoiceFor(matchId),
    // Coordinators' private notes: staff only (the professional and the company never get them).
    notes: side === "coordinator" ? await notesPanelFor(user, "match", matchId) : null,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, side, matchId } = await requireMatchSide(request, context, params.matchId ?? "");
  const formData = await request.formData();
  if (formData.get("intent") === "subsidy") {
    if (side === "professional") forbidden();
    const subsidy = parseWithZod(formData, { schema: subsidyUseSchema });
    if (subsidy.status !== "success") return { result: subsidy.reply() };
    const recorded = await recordSubsidyUse(
      { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
      matchId,
      subsidy.value.subsidySchemeId,
    );
    if (!recorded.ok) {
      return { result: subsidy.reply({ formErrors: ["coordination.subsidies.unknown"] }) };
    }
    return redirectWithToast(`/matches/${matchId}`, {
      kind: "success",
      message: "coordination.subsidies.recorded",
    });
  }
  const submission = parseWithZod(formData, { schema: matchActionSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const value = submission.value;
  const outcome = await actOnMatch({
    matchId,
    side,
    action:
      value.intent === "accept"
        ? { kind: "accept" }
        : value.intent === "move"
          ? { kind: "move", to: value.to }
          : { kind: "end", reason: value.reason },
    note: value.intent === "accept" ? undefined : value.note,
    actor: { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
  });
  if (!outcome.ok)
    return { result: submission.reply({ formErrors: ["matches.errors.notAllowed"] }) };
  return redirectWithToast(`/matches/${matchId}`, {
    kind: "success",
    message: `matches.actions.done.${value.intent}`,
  });
}

export default function MatchPage() {
  const t = useT();
  const { match, thread, subsidy, notes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const stage = useOptimisticStage(match.stage);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader
        title={t("matches.detail.title")}
        lead={<Link to={`/challenges/${match.challenge.id}`}>{match.challenge.title}</Link>}
      />
      <section aria-labelledby="stage-heading" className="card space-y-3">
        <h2 id="stage-heading" className="text-lg font-semibold">
          {t("matches.detail.stage")}
        </h2>
        <StageProgress stage={stage} />
        {match.endReason ? (
          <p>
            {t("matches.detail.ended", {
              stage: t(`matches.stage.${match.stage}`),
              reason: t(`matches.reason.${match.endReason as "OTHER"}`),
            })}
            {match.endNote ? ` ${match.endNote}` : null}
          </p>
        ) : null}
        {match.source === "CASUAL_TALK" ? (
          <p className="text-sm">{t("matches.detail.casualNote")}</p>
        ) : null}
      </section>
      <MatchParties match={match} />
      <MatchThreadSection matchId={match.id} {...thread} />
      <section aria-labelledby="actions-heading" className="card space-y-3">
        <h2 id="actions-heading" className="text-lg font-semibold">
          {t("matches.actions.title")}
        </h2>
        {/* The action forms are small: every refusal is shown here, whichever field it is about. */}
        <FormErrors
          errors={Object.values(actionData?.result.error ?? {}).flatMap((errors) => errors ?? [])}
        />
        <MatchActions match={match} />
      </section>
      <section aria-labelledby="timeline-heading" className="card space-y-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {t("matches.timeline.title")}
        </h2>
        <Timeline events={match.timeline} source={match.source} />
      </section>
      {subsidy ? <SubsidyUseForm choice={subsidy} /> : null}
      {notes ? <NotesPanel panel={notes} /> : null}
      {match.stage === "COMPLETED" ? (
        <section aria-labelledby="reviews-heading" className="card space-y-3">
          <h2 id="reviews-heading" className="text-lg font-semibold">
            {t("matches.review.title")}
          </h2>
          <Reviews match={match} />
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
