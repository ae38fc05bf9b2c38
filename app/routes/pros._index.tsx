import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ProfessionalSearchView } from "~/modules/discovery/professional-search";
import { professionalSearchPage } from "~/modules/discovery/search.server";
import { requireProfileBrowser } from "~/modules/professionals/guards.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";

/**
 * /pros: professional search for company members, coordinators and admins (others 403,
 * visitors to the login page). Visibility is applied inside the search: hidden profiles
 * are absent, anonymous ones appear as their summary, blocked companies see nothing.
 */
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "professionals.pros.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer, locale } = await requireProfileBrowser(request, context);
  return professionalSearchPage(request, viewer!, locale);
}

export default function ProsSearchPage() {
  const data = useLoaderData<typeof loader>();
  return <ProfessionalSearchView data={data} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
