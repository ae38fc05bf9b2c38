import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";
import { getOptionalUser } from "~/modules/auth/guards.server";
import type { Role } from "~/modules/auth/roles";
import { roleLabelKeys } from "~/modules/auth/roles";
import { ChallengeCard } from "~/modules/challenges/challenge-card";
import { listPublicChallenges } from "~/modules/challenges/public.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

// Public landing page; signed-in users see their own start page here. Both show the
// newest open challenges, which are public anyway.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request, context);
  const latest = await listPublicChallenges({ page: 1, pageSize: 6 });
  return {
    user: user ? { name: user.name, role: user.role } : null,
    latest: latest.items,
  };
}

const roleIntro: Record<Role, MessageKey> = {
  PROFESSIONAL: "home.intro.PROFESSIONAL",
  COMPANY_MEMBER: "home.intro.COMPANY_MEMBER",
  COORDINATOR: "home.intro.COORDINATOR",
  ADMIN: "home.intro.ADMIN",
};

const nextSteps: Record<Role, { to: string; label: MessageKey }[]> = {
  PROFESSIONAL: [
    { to: "/profile", label: "home.next.profile" },
    { to: "/challenges", label: "home.next.challenges" },
  ],
  COMPANY_MEMBER: [
    { to: "/company", label: "home.next.company" },
    { to: "/pros", label: "home.next.pros" },
  ],
  COORDINATOR: [
    { to: "/companies", label: "home.next.companies" },
    { to: "/pros", label: "home.next.pros" },
    { to: "/import", label: "home.next.import" },
  ],
  ADMIN: [
    { to: "/admin/users", label: "home.next.users" },
    { to: "/import", label: "home.next.import" },
  ],
};

const audiences: { title: MessageKey; body: MessageKey }[] = [
  { title: "home.companies.title", body: "home.companies.body" },
  { title: "home.professionals.title", body: "home.professionals.body" },
  { title: "home.coordinators.title", body: "home.coordinators.body" },
];

export default function HomePage() {
  const t = useT();
  const { user } = useLoaderData<typeof loader>();
  if (user) {
    return (
      <div className="space-y-10">
        <section aria-labelledby="welcome" className="space-y-4">
          <h1 id="welcome" className="text-2xl font-bold md:text-3xl">
            {t("home.welcome", { name: user.name })}
          </h1>
          <p className="text-muted">{t(roleLabelKeys[user.role])}</p>
          <p className="card max-w-2xl">{t(roleIntro[user.role])}</p>
          <nav aria-label={t("home.next")} className="flex flex-wrap gap-3">
            {nextSteps[user.role].map((step, index) => (
              <Link
                key={step.to}
                to={step.to}
                className={index === 0 ? "btn-primary" : "btn-secondary"}
              >
                {t(step.label)}
              </Link>
            ))}
          </nav>
        </section>
        <LatestChallenges />
      </div>
    );
  }
  return (
    <div className="space-y-12">
      <section aria-labelledby="hero" className="rounded-xl bg-white px-6 py-12 shadow-sm md:px-12">
        <p className="font-semibold text-accent-strong">{t("home.kicker")}</p>
        <h1 id="hero" className="mt-2 max-w-3xl text-3xl font-bold leading-tight md:text-5xl">
          {t("home.headline")}
        </h1>
        <p className="mt-6 max-w-2xl text-lg text-muted">{t("home.lead")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link to="/signup" className="btn-primary">
            {t("home.cta.signup")}
          </Link>
          <Link to="/challenges" className="btn-secondary">
            {t("home.next.challenges")}
          </Link>
        </div>
      </section>
      <LatestChallenges />
      <section aria-labelledby="audiences">
        <h2 id="audiences" className="mb-4 text-xl font-bold">
          {t("home.audiences")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {audiences.map((audience) => (
            <li key={audience.title} className="card">
              <h3 className="text-lg font-semibold">{t(audience.title)}</h3>
              <p className="mt-2 text-muted">{t(audience.body)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function LatestChallenges() {
  const t = useT();
  const { latest } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="latest" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="latest" className="text-xl font-bold">
          {t("home.latest")}
        </h2>
        <Link to="/challenges">{t("home.latest.all")}</Link>
      </div>
      {latest.length === 0 ? (
        <p className="text-muted">{t("home.latest.none")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {latest.map((challenge) => (
            <li key={challenge.id}>
              <ChallengeCard challenge={challenge} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
