import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";
import { getOptionalUser } from "~/modules/auth/guards.server";
import type { Role } from "~/modules/auth/roles";
import { roleLabelKeys } from "~/modules/auth/roles";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

// Public landing page; signed-in users see their own start page here.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request, context);
  return { user: user ? { name: user.name, role: user.role } : null };
}

const roleIntro: Record<Role, MessageKey> = {
  PROFESSIONAL: "home.intro.PROFESSIONAL",
  COMPANY_MEMBER: "home.intro.COMPANY_MEMBER",
  COORDINATOR: "home.intro.COORDINATOR",
  ADMIN: "home.intro.ADMIN",
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
      <section aria-labelledby="welcome" className="space-y-6">
        <h1 id="welcome" className="text-2xl font-bold md:text-3xl">
          {t("home.welcome", { name: user.name })}
        </h1>
        <p className="text-muted">{t(roleLabelKeys[user.role])}</p>
        <p className="card max-w-2xl">{t(roleIntro[user.role])}</p>
        <p>
          <Link to="/settings" className="btn-secondary">
            {t("nav.settings")}
          </Link>
        </p>
      </section>
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
          <Link to="/login" className="btn-secondary">
            {t("nav.login")}
          </Link>
        </div>
      </section>
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

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
