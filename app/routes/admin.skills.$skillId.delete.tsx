import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { deleteSkill, getSkill } from "~/modules/skills/admin.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "skills.delete.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  const skill = await getSkill(params.skillId ?? "");
  if (!skill) notFound();
  return { skill };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, context, ["ADMIN"]);
  const deleted = await deleteSkill(params.skillId ?? "", admin, requestMeta(request, context));
  if (!deleted) notFound();
  return redirectWithToast("/admin/skills", { kind: "success", message: "skills.toast.deleted" });
}

export default function DeleteSkillPage() {
  const t = useT();
  const locale = useLocale();
  const { skill } = useLoaderData<typeof loader>();
  const name = locale === "ja" ? skill.nameJa : skill.nameEn;
  const used = skill.challenges + skill.profiles > 0;
  return (
    <>
      <PageHeader title={t("skills.delete.title")} />
      <section className="card space-y-4" aria-labelledby="delete-question">
        <h2 id="delete-question" className="text-lg font-semibold">
          {t("skills.delete.question", { name })}
        </h2>
        <p className={used ? "font-medium text-danger" : undefined}>
          {used
            ? t("skills.delete.usage", { challenges: skill.challenges, profiles: skill.profiles })
            : t("skills.delete.unused")}
        </p>
        <Form method="post" className="flex flex-wrap items-center gap-3">
          <StatusButton variant="danger">{t("skills.delete.submit")}</StatusButton>
          <Link to={`/admin/skills/${skill.id}`} className="btn-secondary">
            {t("skills.delete.cancel")}
          </Link>
        </Form>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
