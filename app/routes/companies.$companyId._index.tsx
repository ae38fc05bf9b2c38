import {
  data,
  type LoaderFunctionArgs,
  type MetaDescriptor,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getEnv } from "~/lib/env.server";
import { notFound } from "~/lib/http.server";
import { defaultLocale, isLocale } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { translate } from "~/lib/i18n/translate";
import { allowAnyone, getOptionalUser } from "~/modules/auth/guards.server";
import { ChallengeCard } from "~/modules/challenges/challenge-card";
import { listPublicChallenges } from "~/modules/challenges/public.server";
import { isCompanyMember } from "~/modules/companies/access.server";
import { getPublicCompany } from "~/modules/companies/companies.server";
import { CompanyLogo } from "~/modules/companies/company-logo";
import { consultationsOfCompany } from "~/modules/coordination/consultations.server";
import { CompanyConsultations } from "~/modules/coordination/consultations-view";
import { notesPanelFor } from "~/modules/coordination/notes.server";
import { NotesPanel } from "~/modules/coordination/notes-panel";
import { industryName } from "~/modules/reference/industries";
import { prefectureName } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  if (!loaderData) return pageTitle(matches, "error.404.title");
  const { company, origin } = loaderData;
  const rootData = matches.find((match) => match.id === "root")?.data as
    { locale?: string } | undefined;
  const locale = isLocale(rootData?.locale) ? rootData.locale : defaultLocale;
  const title = `${company.name} | ${translate(locale, "app.name")}`;
  const description = company.description.slice(0, 200);
  const url = `${origin}/companies/${company.id}`;
  const tags: MetaDescriptor[] = [
    { title },
    { name: "description", content: description },
    { property: "og:type", content: "website" },
    { property: "og:title", content: company.name },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { tagName: "link", rel: "canonical", href: url },
  ];
  if (company.logoId) {
    tags.push({ property: "og:image", content: `${url}/logo?v=${company.logoId}` });
  }
  return tags;
};

// Public: anyone may read a company's page and its open challenges.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  allowAnyone();
  const company = await getPublicCompany(params.companyId ?? "");
  if (!company) notFound();
  const user = await getOptionalUser(request, context);
  const isMember = user ? await isCompanyMember(company.id, user.id) : false;
  const challenges = await listPublicChallenges({ companyId: company.id, page: 1, pageSize: 20 });
  // Staff of the company's prefecture (and admins) also get their notes and consultations.
  const notes = await notesPanelFor(user, "company", company.id);
  const consultations = notes ? await consultationsOfCompany(company.id) : null;
  return data({
    company,
    isMember,
    challenges,
    notes,
    consultations,
    origin: getEnv().appUrl.origin,
  });
}

export default function CompanyPage() {
  const t = useT();
  const locale = useLocale();
  const { company, isMember, challenges, notes, consultations } = useLoaderData<typeof loader>();
  return (
    <article className="space-y-8" aria-labelledby="company-name">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <CompanyLogo company={company} size="lg" />
        <div>
          <h1 id="company-name" className="text-2xl font-bold md:text-3xl">
            {company.name}
          </h1>
          <p className="mt-1 text-muted">
            {prefectureName(company.prefectureCode, locale)} {company.municipality}
          </p>
        </div>
      </header>
      {isMember ? (
        <nav aria-label={t("companies.page.memberActions")}>
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link to={`/companies/${company.id}/edit`} className="btn-secondary">
                {t("companies.nav.edit")}
              </Link>
            </li>
            <li>
              <Link to={`/companies/${company.id}/members`} className="btn-secondary">
                {t("companies.nav.members")}
              </Link>
            </li>
            <li>
              <Link to={`/companies/${company.id}/challenges`} className="btn-secondary">
                {t("companies.nav.challenges")}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="company-about" className="card space-y-4">
        <h2 id="company-about" className="text-lg font-semibold">
          {t("companies.page.about")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
          <dt className="text-muted">{t("companies.field.industry")}</dt>
          <dd>{industryName(company.industryCode, locale)}</dd>
          <dt className="text-muted">{t("companies.field.employees")}</dt>
          <dd>{t(`reference.employees.${company.employeesBand}`)}</dd>
          {company.foundedYear ? (
            <>
              <dt className="text-muted">{t("companies.field.foundedYear")}</dt>
              <dd>{t("companies.page.founded", { year: company.foundedYear })}</dd>
            </>
          ) : null}
          {company.website ? (
            <>
              <dt className="text-muted">{t("companies.field.website")}</dt>
              <dd className="break-all">
                <a href={company.website} rel="noopener nofollow ugc" target="_blank">
                  {company.website}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        {company.description ? <p className="whitespace-pre-line">{company.description}</p> : null}
      </section>
      <section aria-labelledby="company-challenges" className="space-y-4">
        <h2 id="company-challenges" className="text-xl font-semibold">
          {t("companies.page.openChallenges", { count: challenges.total })}
        </h2>
        {challenges.items.length === 0 ? (
          <p className="text-muted">{t("companies.page.noChallenges")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {challenges.items.map((challenge) => (
              <li key={challenge.id}>
                <ChallengeCard challenge={challenge} />
              </li>
            ))}
          </ul>
        )}
        {challenges.total > challenges.items.length ? (
          <p className="text-sm text-muted">
            {t("companies.page.newestShown", { count: challenges.items.length })}
          </p>
        ) : null}
      </section>
      {consultations ? (
        <CompanyConsultations companyId={company.id} consultations={consultations} />
      ) : null}
      {notes ? <NotesPanel panel={notes} /> : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
