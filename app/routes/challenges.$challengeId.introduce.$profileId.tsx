import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { PairPage } from "~/modules/matching/match-forms";
import { loadPair, startPairFromForm, type PairKind } from "~/modules/matching/pair-route.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "matches.introduce.title");

const introduction: PairKind = {
  roles: ["COORDINATOR", "ADMIN"],
  source: "INTRODUCTION",
  done: "matches.introduce.done",
};

export const loader = (args: LoaderFunctionArgs) => loadPair(args, introduction);
export const action = (args: ActionFunctionArgs) => startPairFromForm(args, introduction);

export default function IntroducePage() {
  const t = useT();
  const { challenge, professional } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <PairPage
      title={t("matches.introduce.title")}
      lead={t("matches.introduce.lead", {
        challenge: challenge.title,
        company: challenge.companyName,
      })}
      professional={professional}
      hint={t("matches.introduce.message.hint")}
      submitLabel={t("matches.introduce.submit")}
      lastResult={actionData?.result}
    />
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
