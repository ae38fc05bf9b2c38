import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatDateTime, formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { requireRole } from "~/modules/auth/guards.server";
import { columnsByKind, importKinds, kindSlug } from "~/modules/imports/columns";
import { listRecentJobs, previewImport } from "~/modules/imports/jobs.server";
import { kindLabelKeys, statusLabelKeys } from "~/modules/imports/labels";
import { importRoles, uploadSchema } from "~/modules/imports/upload";
import { readUploadForm } from "~/modules/imports/upload.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList, Field, FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "imports.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, importRoles);
  return { jobs: await listRecentJobs(user.id) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, importRoles);
  const upload = await readUploadForm(request);
  if (!upload.ok) {
    const tooLarge = upload.error === "tooLarge";
    const result: SubmissionResult<string[]> = {
      status: "error",
      initialValue: null,
      error: tooLarge ? { file: ["imports.upload.tooLarge"] } : { "": ["error.400.body"] },
    };
    return data({ result }, { status: tooLarge ? 413 : 400 });
  }
  const submission = parseWithZod(upload.formData, { schema: uploadSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const { kind, file } = submission.value;
  const job = await previewImport(
    user,
    { kind, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    requestMeta(request, context),
  );
  return redirect(`/import/${job.id}`);
}

export default function ImportPage() {
  const t = useT();
  const locale = useLocale();
  const { jobs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "import-upload",
    lastResult: actionData?.result,
    constraint: getZodConstraint(uploadSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: uploadSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <PageHeader title={t("imports.title")} lead={t("imports.lead")} />
      <section aria-labelledby="upload-heading" className="card mb-8">
        <h2 id="upload-heading" className="mb-4 text-lg font-semibold">
          {t("imports.upload.title")}
        </h2>
        <Form
          method="post"
          encType="multipart/form-data"
          className="space-y-5"
          {...getFormProps(form)}
        >
          <FormErrors id={form.errorId} errors={form.errors} />
          <fieldset aria-describedby={fields.kind.errors ? fields.kind.errorId : undefined}>
            <legend className="mb-1 font-semibold">{t("imports.upload.kind")}</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {importKinds.map((kind) => (
                <label key={kind} className="flex items-center gap-2">
                  <input
                    {...getInputProps(fields.kind, { type: "radio", value: kind })}
                    className="size-4 accent-accent"
                  />
                  {t(kindLabelKeys[kind])}
                </label>
              ))}
            </div>
            <ErrorList id={fields.kind.errorId} errors={fields.kind.errors} />
          </fieldset>
          <Field
            label={t("imports.upload.file")}
            hint={t("imports.upload.fileHint")}
            errors={fields.file.errors}
            inputProps={{
              ...getInputProps(fields.file, { type: "file" }),
              accept: ".csv,.json,.txt,text/csv,application/json",
            }}
          />
          <StatusButton>{t("imports.upload.submit")}</StatusButton>
        </Form>
      </section>

      <section aria-labelledby="templates-heading" className="mb-8">
        <h2 id="templates-heading" className="mb-2 text-lg font-semibold">
          {t("imports.templates.title")}
        </h2>
        <p className="mb-3 text-muted">{t("imports.templates.lead")}</p>
        <div className="space-y-3">
          {importKinds.map((kind) => (
            <details key={kind} className="card">
              <summary className="cursor-pointer font-semibold">
                {t("imports.templates.columns", { kind: t(kindLabelKeys[kind]) })}
              </summary>
              <p className="mt-3 flex flex-wrap gap-4">
                <a href={`/import/template/${kindSlug(kind)}.csv`} download>
                  {t("imports.templates.csv")} ({t(kindLabelKeys[kind])})
                </a>
                <a href={`/import/template/${kindSlug(kind)}.json`} download>
                  {t("imports.templates.json")} ({t(kindLabelKeys[kind])})
                </a>
              </p>
              <div className="mt-3 overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead>
                    <tr>
                      <th scope="col" className="p-2">
                        {t("imports.columns.name")}
                      </th>
                      <th scope="col" className="p-2">
                        {t("imports.columns.aliases")}
                      </th>
                      <th scope="col" className="p-2">
                        {t("imports.columns.required")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {columnsByKind[kind].map((column) => (
                      <tr key={column.name} className="border-t border-line">
                        <td className="p-2 font-mono">{column.name}</td>
                        <td className="p-2">{column.aliases.join("、")}</td>
                        <td className="p-2">
                          {t(column.required ? "imports.columns.yes" : "imports.columns.no")}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          ))}
        </div>
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-3 text-lg font-semibold">
          {t("imports.recent.title")}
        </h2>
        {jobs.length === 0 ? (
          <p className="text-muted">{t("imports.recent.empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-paper">
                <tr>
                  <th scope="col" className="p-3">
                    {t("imports.recent.date")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("imports.recent.kind")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("imports.recent.file")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("imports.recent.rows")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("imports.recent.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((job) => (
                  <tr key={job.id} className="border-t border-line">
                    <td className="p-3">
                      <Link to={`/import/${job.id}`}>{formatDateTime(locale, job.createdAt)}</Link>
                    </td>
                    <td className="p-3">{t(kindLabelKeys[job.kind])}</td>
                    <td className="p-3 break-all">{job.fileName}</td>
                    <td className="p-3">
                      {formatNumber(locale, job.totalRows)} ({formatNumber(locale, job.validRows)})
                    </td>
                    <td className="p-3">{t(statusLabelKeys[job.status])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
