import {
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/lib/i18n/react";
import { redirectWithToast } from "~/lib/toast.server";
import { ChoiceGroup, DefaultSubmit, RowFieldset } from "~/modules/professionals/form-parts";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { readRegions, saveRegions } from "~/modules/professionals/profile.server";
import { MAX_TIES, regionsSchema, tieKinds } from "~/modules/professionals/schemas";
import { prefectureCodes, prefectures } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList, Field, FormErrors, SelectField } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.section.regions");

const areas = [
  "hokkaido",
  "tohoku",
  "kanto",
  "chubu",
  "kinki",
  "chugoku",
  "shikoku",
  "kyushu",
] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  return readRegions(user.id);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const submission = parseWithZod(await request.formData(), { schema: regionsSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  await saveRegions(user.id, submission.value);
  return redirectWithToast("/profile/regions", { kind: "success", message: "professionals.saved" });
}

export default function ProfileRegions() {
  const t = useT();
  const locale = useLocale();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profile-regions",
    lastResult: actionData?.result,
    constraint: getZodConstraint(regionsSchema),
    defaultValue: loaderData,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: regionsSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const checkboxes = new Map(
    getCollectionProps(fields.regions, { type: "checkbox", options: [...prefectureCodes] }).map(
      (props) => [props.value, props],
    ),
  );
  const ties = fields.ties.getFieldList();
  return (
    <>
      <PageHeader
        title={t("professionals.section.regions")}
        lead={t("professionals.regions.lead")}
      />
      <Form method="post" className="space-y-8" {...getFormProps(form)}>
        <DefaultSubmit />
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset className="card space-y-4">
          <legend className="float-left mb-2 w-full text-lg font-semibold">
            {t("professionals.regions.legend")}
          </legend>
          <p className="clear-both text-sm text-muted">{t("professionals.regions.hint")}</p>
          <ErrorList errors={fields.regions.errors} />
          <div className="grid gap-4 sm:grid-cols-2">
            {areas.map((area) => (
              <ChoiceGroup
                key={area}
                legend={t(`professionals.area.${area}`)}
                options={prefectures
                  .filter((prefecture) => prefecture.region === area)
                  .map((prefecture) => ({
                    label: prefecture[locale],
                    inputProps: checkboxes.get(prefecture.code)!,
                  }))}
                columns
              />
            ))}
          </div>
        </fieldset>

        <section aria-labelledby="ties-heading" className="card space-y-4">
          <h2 id="ties-heading" className="text-lg font-semibold">
            {t("professionals.ties.title")}
          </h2>
          <p className="text-sm text-muted">{t("professionals.ties.lead")}</p>
          <ErrorList errors={fields.ties.errors} />
          {ties.map((row, index) => {
            const cells = row.getFieldset();
            const legend = t("professionals.ties.row", { number: index + 1 });
            return (
              <RowFieldset
                key={row.key}
                legend={legend}
                removeButton={
                  <button
                    className="btn-secondary"
                    {...form.remove.getButtonProps({ name: fields.ties.name, index })}
                  >
                    {t("professionals.rows.remove", { item: legend })}
                  </button>
                }
              >
                <SelectField
                  label={t("reference.prefecture")}
                  errors={cells.prefectureCode.errors}
                  selectProps={getSelectProps(cells.prefectureCode)}
                >
                  <option value="">{t("reference.choose")}</option>
                  {prefectures.map((prefecture) => (
                    <option key={prefecture.code} value={prefecture.code}>
                      {prefecture[locale]}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  label={t("professionals.field.tieKind")}
                  errors={cells.kind.errors}
                  selectProps={getSelectProps(cells.kind)}
                >
                  <option value="">{t("reference.choose")}</option>
                  {tieKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`reference.tie.${kind}`)}
                    </option>
                  ))}
                </SelectField>
                <Field
                  label={t("professionals.field.municipality")}
                  hint={t("professionals.field.hiddenWhenAnonymous")}
                  errors={cells.municipality.errors}
                  inputProps={getInputProps(cells.municipality, { type: "text" })}
                />
                <Field
                  label={t("professionals.field.note")}
                  hint={t("professionals.field.hiddenWhenAnonymous")}
                  errors={cells.note.errors}
                  inputProps={getInputProps(cells.note, { type: "text" })}
                />
              </RowFieldset>
            );
          })}
          {ties.length < MAX_TIES ? (
            <button
              className="btn-secondary"
              {...form.insert.getButtonProps({ name: fields.ties.name })}
            >
              {t("professionals.ties.add")}
            </button>
          ) : null}
        </section>

        <StatusButton>{t("common.save")}</StatusButton>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
