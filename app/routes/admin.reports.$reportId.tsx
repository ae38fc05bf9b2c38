import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { moderateReport, reportDetail } from "~/modules/messaging/reports.server";
import {
  ModerationForm,
  ReportContext,
  ReportedBody,
  ReportReason,
} from "~/modules/messaging/reports-view";
import { moderationSchema } from "~/modules/messaging/safety-schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "safety.admin.detailTitle");

/** One report with the conversation around it: admins only. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  const report = await reportDetail(params.reportId ?? "");
  if (!report) notFound();
  return { report };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, context, ["ADMIN"]);
  const submission = parseWithZod(await request.formData(), { schema: moderationSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const outcome = await moderateReport({
    reportId: params.reportId ?? "",
    admin: { id: admin.id, ipAddress: requestMeta(request, context).ipAddress },
    decision: submission.value,
  });
  if (!outcome.ok && outcome.reason === "notFound") notFound();
  if (!outcome.ok) {
    return redirectWithToast(`/admin/reports/${params.reportId}`, {
      kind: "info",
      message: "safety.admin.toast.closed",
    });
  }
  return redirectWithToast("/admin/reports", {
    kind: "success",
    message:
      submission.value.intent === "resolve"
        ? "safety.admin.toast.resolved"
        : "safety.admin.toast.dismissed",
  });
}

export default function ReportDetailPage() {
  const t = useT();
  const locale = useLocale();
  const { report } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const closedAt = report.resolvedAt ? formatDateTime(locale, report.resolvedAt) : "";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t("safety.admin.detailTitle")}
        lead={`${t(`safety.admin.status.${report.status}`)} · ${formatDateTime(locale, report.createdAt)}`}
      />
      <p>
        <Link to="/admin/reports" className="font-semibold">
          ← {t("safety.admin.back")}
        </Link>
      </p>
      <section aria-labelledby="reported-heading" className="card space-y-3">
        <h2 id="reported-heading" className="text-lg font-semibold">
          {t("safety.admin.message")}
        </h2>
        <ReportedBody body={report.message.body} />
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("safety.admin.reason")}</dt>
          <dd>
            <ReportReason reason={report.reason} />
          </dd>
          <dt className="font-semibold">{t("safety.admin.note")}</dt>
          <dd className="whitespace-pre-wrap break-words">
            {report.note || t("safety.admin.noNote")}
          </dd>
          <dt className="font-semibold">{t("safety.admin.author")}</dt>
          <dd>
            {report.message.authorName ?? t("safety.admin.unknownUser")}
            {report.message.authorEmail ? ` <${report.message.authorEmail}>` : null}
          </dd>
          <dt className="font-semibold">{t("safety.admin.reporter")}</dt>
          <dd>
            {report.reporter
              ? `${report.reporter.name} <${report.reporter.email}>`
              : t("safety.admin.unknownUser")}
          </dd>
          <dt className="font-semibold">{t("safety.admin.challenge")}</dt>
          <dd>
            <Link to={`/matches/${report.matchId}`}>{report.challengeTitle}</Link>
          </dd>
          <dt className="font-semibold">{t("safety.admin.company")}</dt>
          <dd>{report.companyName}</dd>
        </dl>
      </section>
      <section aria-labelledby="context-heading" className="card space-y-3">
        <h2 id="context-heading" className="text-lg font-semibold">
          {t("safety.admin.context")}
        </h2>
        <p className="text-sm text-muted">{t("safety.admin.contextLead")}</p>
        <ReportContext before={report.before} reported={report.message} after={report.after} />
      </section>
      <section aria-labelledby="decision-heading" className="card space-y-3">
        <h2 id="decision-heading" className="text-lg font-semibold">
          {t("safety.admin.decision")}
        </h2>
        {report.status === "OPEN" ? (
          <ModerationForm lastResult={actionData?.result} />
        ) : (
          <>
            <p>
              {report.resolvedByName
                ? t("safety.admin.closedBy", { name: report.resolvedByName, date: closedAt })
                : t("safety.admin.closedAt", { date: closedAt })}
            </p>
            {report.resolution ? (
              <p className="whitespace-pre-wrap break-words">{report.resolution}</p>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
