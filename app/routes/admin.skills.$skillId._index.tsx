import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { getSkill, updateSkill } from "~/modules/skills/admin.server";
import { formatAliasText, updateSkillSchema } from "~/modules/skills/schemas";
import { SkillForm } from "~/modules/skills/skill-form";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "skills.edit.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  const skill = await getSkill(params.skillId ?? "");
  if (!skill) notFound();
  return { skill };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, context, ["ADMIN"]);
  const submission = parseWithZod(await request.formData(), { schema: updateSkillSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const locale = await resolveLocale(request, admin);
  const outcome = await updateSkill(
    params.skillId ?? "",
    submission.value,
    admin,
    locale,
    requestMeta(request, context),
  );
  if (!outcome) notFound();
  if (!outcome.ok) return { result: submission.reply({ fieldErrors: outcome.fieldErrors }) };
  return redirectWithToast(`/admin/skills?${new URLSearchParams({ q: outcome.slug })}`, {
    kind: "success",
    message: "skills.toast.updated",
  });
}

export default function EditSkillPage() {
  const t = useT();
  const locale = useLocale();
  const { skill } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/admin/skills" className="underline">
          {t("skills.admin.back")}
        </Link>
      </p>
      <PageHeader
        title={t("skills.edit.title")}
        lead={`${skill.nameJa} / ${skill.nameEn} — ${t("skills.admin.usageValue", {
          challenges: skill.challenges,
          profiles: skill.profiles,
        })}`}
      />
      <SkillForm
        mode="edit"
        lastResult={actionData?.result}
        defaultValue={{
          slug: skill.slug,
          nameJa: skill.nameJa,
          nameEn: skill.nameEn,
          aliases: formatAliasText(skill.aliases, locale),
          group: skill.groupKey,
        }}
      />
      <p className="mt-6">
        <Link to={`/admin/skills/${skill.id}/delete`} className="btn-danger">
          {t("skills.admin.deleteLabel", { name: locale === "ja" ? skill.nameJa : skill.nameEn })}
        </Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
