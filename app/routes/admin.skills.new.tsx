import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { createSkill } from "~/modules/skills/admin.server";
import { createSkillSchema } from "~/modules/skills/schemas";
import { SkillForm } from "~/modules/skills/skill-form";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "skills.new.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireRole(request, context, ["ADMIN"]);
  const submission = parseWithZod(await request.formData(), { schema: createSkillSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const locale = await resolveLocale(request, admin);
  const outcome = await createSkill(submission.value, admin, locale, requestMeta(request, context));
  if (!outcome.ok) return { result: submission.reply({ fieldErrors: outcome.fieldErrors }) };
  return redirectWithToast(`/admin/skills?${new URLSearchParams({ q: outcome.slug })}`, {
    kind: "success",
    message: "skills.toast.created",
  });
}

export default function NewSkillPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/admin/skills" className="underline">
          {t("skills.admin.back")}
        </Link>
      </p>
      <PageHeader title={t("skills.new.title")} />
      <SkillForm mode="create" lastResult={actionData?.result} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
