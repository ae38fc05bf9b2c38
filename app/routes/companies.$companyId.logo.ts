import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/lib/http.server";
import { allowAnyone } from "~/modules/auth/guards.server";
import { getCompanyLogo } from "~/modules/companies/companies.server";
import { imageResponse } from "~/modules/images/images.server";

// Public, like the company page that shows it.
export async function loader({ params }: LoaderFunctionArgs) {
  allowAnyone();
  const logo = await getCompanyLogo(params.companyId ?? "");
  if (!logo) notFound();
  return imageResponse(logo, { cacheSeconds: 3600 });
}
