import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { translate } from "~/lib/i18n/translate";
import { allowAnyone, getOptionalUser } from "~/modules/auth/guards.server";
import { localeOf, publicPageMeta } from "~/modules/challenges/meta";
import { ChallengeSearchView } from "~/modules/discovery/challenge-search";
import { challengeSearchPage } from "~/modules/discovery/search.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

/**
 * /challenges: the public search over OPEN challenges (newest first without keywords).
 * Every parameter is in the URL; a parameter that does not parse is shown as an error
 * next to its control and the search runs without it.
 */
export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const locale = localeOf(matches);
  return publicPageMeta(locale, {
    title: translate(locale, "discovery.challenges.title"),
    description: translate(locale, "discovery.challenges.lead"),
    url: data?.canonicalUrl ?? "",
    type: "website",
  });
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  allowAnyone();
  const locale = await resolveLocale(request, await getOptionalUser(request, context));
  return challengeSearchPage(request, locale);
}

export default function ChallengesSearchPage() {
  const data = useLoaderData<typeof loader>();
  return <ChallengeSearchView data={data} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
