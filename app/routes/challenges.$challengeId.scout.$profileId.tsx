import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { PairPage } from "~/modules/matching/match-forms";
import { loadPair, startPairFromForm, type PairKind } from "~/modules/matching/pair-route.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "matches.scout.title");

const scout: PairKind = { roles: ["COMPANY_MEMBER"], source: "SCOUT", done: "matches.scout.done" };

export const loader = (args: LoaderFunctionArgs) => loadPair(args, scout);
export const action = (args: ActionFunctionArgs) => startPairFromForm(args, scout);

export default function ScoutPage() {
  const t = useT();
  const { challenge, professional } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <PairPage
      title={t("matches.scout.title")}
      lead={t("matches.scout.lead", { challenge: challenge.title })}
      professional={professional}
      note={professional.anonymous ? t("matches.scout.anonymousNote") : undefined}
      hint={t("matches.scout.message.hint")}
      submitLabel={t("matches.scout.submit")}
      lastResult={actionData?.result}
    />
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
