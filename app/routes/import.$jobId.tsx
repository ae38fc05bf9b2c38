import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { formatDateTime, formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT, useTranslateError } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { errorMessage, requireJob } from "~/modules/imports/jobs.server";
import { kindLabelKeys, statusLabelKeys } from "~/modules/imports/labels";
import { markInterrupted, startImport } from "~/modules/imports/run.server";
import { importRoles, runSchema } from "~/modules/imports/upload";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "imports.job.title");

/** The page lists this many errors; the downloads have them all. */
const ERRORS_SHOWN = 1000;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, importRoles);
  let job = await requireJob(user, params.jobId ?? "");
  if (job.status === "RUNNING" && (await markInterrupted(job.id))) {
    job = await requireJob(user, job.id);
  }
  const locale = await resolveLocale(request, user);
  const { errors, createdById: _creator, ...summary } = job;
  return {
    job: summary,
    errorCount: errors.length,
    invalidRows: new Set(errors.filter((error) => error.row > 0).map((error) => error.row)).size,
    errors: errors.slice(0, ERRORS_SHOWN).map((error) => ({
      row: error.row,
      field: error.field,
      message: errorMessage(locale, error),
    })),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireRole(request, context, importRoles);
  const job = await requireJob(user, params.jobId ?? "");
  const submission = parseWithZod(await request.formData(), { schema: runSchema });
  if (submission.status !== "success") return data({ error: "error.400.body" }, { status: 400 });
  const outcome = await startImport(
    job.id,
    user.id,
    submission.value.intent,
    requestMeta(request, context),
  );
  if (!outcome.ok) return data({ error: "imports.job.alreadyRun" }, { status: 409 });
  return redirectWithToast(`/import/${job.id}`, {
    kind: "success",
    message: "imports.job.started",
  });
}

export default function ImportJobPage() {
  const t = useT();
  const locale = useLocale();
  const translateError = useTranslateError();
  const { job, errorCount, invalidRows, errors } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const revalidator = useRevalidator();
  const running = job.status === "RUNNING";
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate();
    }, 1000);
    return () => clearInterval(timer);
  }, [running, revalidator]);
  const number = (value: number) => formatNumber(locale, value);
  return (
    <>
      <p className="mb-2">
        <Link to="/import">{t("imports.job.back")}</Link>
      </p>
      <PageHeader title={t("imports.job.title")} />
      <section aria-labelledby="summary-heading" className="card mb-6">
        <h2 id="summary-heading" className="mb-3 text-lg font-semibold break-all">
          {job.fileName}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr_auto_1fr]">
          <dt className="text-muted">{t("imports.job.kind")}</dt>
          <dd>{t(kindLabelKeys[job.kind])}</dd>
          <dt className="text-muted">{t("imports.job.uploaded")}</dt>
          <dd>{formatDateTime(locale, job.createdAt)}</dd>
          <dt className="text-muted">{t("imports.job.status")}</dt>
          <dd data-testid="import-status">{t(statusLabelKeys[job.status])}</dd>
          <dt className="text-muted">{t("imports.job.total")}</dt>
          <dd data-testid="import-total">{number(job.totalRows)}</dd>
          <dt className="text-muted">{t("imports.job.valid")}</dt>
          <dd data-testid="import-valid">{number(job.validRows)}</dd>
          <dt className="text-muted">{t("imports.job.invalid")}</dt>
          <dd data-testid="import-invalid">{number(invalidRows)}</dd>
        </dl>
      </section>

      <FormErrors errors={actionData?.error ? [actionData.error] : undefined} />

      {job.status === "PREVIEWED" ? (
        <section aria-labelledby="choose-heading" className="card mb-6">
          <h2 id="choose-heading" className="mb-1 text-lg font-semibold">
            {t("imports.job.choose")}
          </h2>
          <p className="mb-4 text-muted">{t("imports.job.chooseLead")}</p>
          {job.validRows === 0 ? <p className="mb-4">{t("imports.job.noValid")}</p> : null}
          <Form method="post" className="grid gap-4 md:grid-cols-2">
            {job.validRows > 0 ? (
              <div>
                <StatusButton name="intent" value="valid" aria-describedby="run-valid-hint">
                  {t("imports.job.runValid", { count: number(job.validRows) })}
                </StatusButton>
                <p id="run-valid-hint" className="mt-1 text-sm text-muted">
                  {t("imports.job.runValidHint")}
                </p>
              </div>
            ) : null}
            <div>
              <StatusButton
                name="intent"
                value="all"
                variant="secondary"
                aria-describedby="run-all-hint"
              >
                {t("imports.job.runAll")}
              </StatusButton>
              <p id="run-all-hint" className="mt-1 text-sm text-muted">
                {t("imports.job.runAllHint")}
              </p>
            </div>
          </Form>
        </section>
      ) : null}

      {running ? (
        <section aria-labelledby="progress-heading" className="card mb-6">
          <h2 id="progress-heading" className="mb-2 text-lg font-semibold">
            {t("imports.job.progress")}
          </h2>
          <progress
            className="w-full"
            value={job.processed}
            max={Math.max(job.validRows, 1)}
            aria-labelledby="progress-heading"
          />
          <p aria-live="polite">
            {t("imports.job.progressText", {
              processed: number(job.processed),
              total: number(job.validRows),
            })}
          </p>
          <p className="mt-2">
            <a href={`/import/${job.id}`}>{t("imports.job.refresh")}</a>
          </p>
          <noscript>
            <meta httpEquiv="refresh" content="2" />
          </noscript>
        </section>
      ) : null}

      {job.status === "DONE" ? (
        <p role="status" className="card mb-6 font-semibold" data-testid="import-result">
          {job.allOrNothing && job.imported === 0 && invalidRows > 0
            ? t("imports.job.doneNone")
            : t("imports.job.done", { count: number(job.imported) })}
        </p>
      ) : null}

      {job.status === "FAILED" ? (
        <div role="alert" className="card mb-6 border-danger text-danger">
          <p className="font-semibold">{t("imports.job.failed")}</p>
          {job.failure ? <p>{translateError(job.failure)}</p> : null}
        </div>
      ) : null}

      <section aria-labelledby="errors-heading" className="mb-6">
        <h2 id="errors-heading" className="mb-2 text-lg font-semibold">
          {t("imports.job.errors", { count: number(errorCount) })}
        </h2>
        {errorCount === 0 ? (
          <p className="text-muted">{t("imports.job.noErrors")}</p>
        ) : (
          <>
            <p className="mb-3 flex flex-wrap gap-4">
              <a href={`/import/${job.id}/errors.csv`} download>
                {t("imports.job.downloadCsv")}
              </a>
              <a href={`/import/${job.id}/errors.txt`} download>
                {t("imports.job.downloadText")}
              </a>
            </p>
            {errorCount > errors.length ? (
              <p className="mb-3 text-muted">
                {t("imports.job.errorsTruncated", { shown: number(errors.length) })}
              </p>
            ) : null}
            <div className="overflow-x-auto rounded-lg border border-line bg-white">
              <table className="w-full text-left text-sm">
                <thead className="bg-paper">
                  <tr>
                    <th scope="col" className="p-3">
                      {t("imports.errors.column.row")}
                    </th>
                    <th scope="col" className="p-3">
                      {t("imports.errors.column.field")}
                    </th>
                    <th scope="col" className="p-3">
                      {t("imports.errors.column.message")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {errors.map((error, index) => (
                    <tr key={index} className="border-t border-line" data-testid="import-error">
                      <td className="p-3">
                        {error.row === 0
                          ? t("imports.errors.fileRow")
                          : t("imports.errors.rowRef", { row: error.row })}
                      </td>
                      <td className="p-3 font-mono break-all">{error.field}</td>
                      <td className="p-3">{error.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <p>
        <Link to="/import" className="btn-secondary">
          {t("imports.job.uploadAgain")}
        </Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
