import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useT } from "~/lib/i18n/react";
import { requireRole } from "~/modules/auth/guards.server";
import { scoutableChallenges } from "~/modules/matching/targets.server";
import { viewerFor } from "~/modules/matching/views.server";
import { viewOfProfile } from "~/modules/professionals/views.server";
import { notFound } from "~/lib/http.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SelectField } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "matches.scout.title");

const pickSchema = z.object({ challengeId: z.string().min(1).max(64) });

/** From a profile: pick which of the company's open challenges to scout for, then go to its scout form. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, ["COMPANY_MEMBER"]);
  const profileId = params.profileId ?? "";
  if ((await viewOfProfile(await viewerFor(user), profileId)) === "none") notFound();
  const challenges = await scoutableChallenges(user.id);
  const picked = pickSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (picked.success && challenges.some((challenge) => challenge.id === picked.data.challengeId)) {
    throw redirect(`/challenges/${picked.data.challengeId}/scout/${profileId}`);
  }
  return { profileId, challenges };
}

export default function PickScoutChallengePage() {
  const t = useT();
  const { profileId, challenges } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={t("matches.scout.title")} />
      {challenges.length === 0 ? (
        <p className="card">{t("matches.errors.noChallenge")}</p>
      ) : (
        <Form method="get" action={`/pros/${profileId}/scout`} className="card space-y-4">
          <SelectField
            label={t("matches.scout.pick")}
            selectProps={{ name: "challengeId", required: true }}
          >
            {challenges.map((challenge) => (
              <option key={challenge.id} value={challenge.id}>
                {challenge.title}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="btn-primary">
            {t("matches.scout.next")}
          </button>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
