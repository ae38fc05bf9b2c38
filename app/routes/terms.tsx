import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useT } from "~/lib/i18n/react";
import { allowAnyone } from "~/modules/auth/guards.server";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "footer.terms");

export function loader(_: LoaderFunctionArgs) {
  allowAnyone();
  return null;
}

export default function TermsPage() {
  const t = useT();
  return (
    <article className="max-w-3xl space-y-4">
      <PageHeader title={t("footer.terms")} />
      <p>{t("terms.p1")}</p>
      <p>{t("terms.p2")}</p>
      <p>{t("terms.p3")}</p>
      <p>{t("terms.p4")}</p>
    </article>
  );
}
