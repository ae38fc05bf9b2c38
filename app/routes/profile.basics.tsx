import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { readImageUpload } from "~/modules/images/images.server";
import { requireProfessional } from "~/modules/professionals/guards.server";
import {
  readBasics,
  removePhoto,
  saveBasics,
  savePhoto,
} from "~/modules/professionals/profile.server";
import { basicsSchema } from "~/modules/professionals/schemas";
import { industries } from "~/modules/reference/industries";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList, Field, SelectField, TextareaField } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.section.basics");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  return readBasics(user.id);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const upload = await readImageUpload(request, "photo");
  if (!upload.ok)
    return data({ result: null, photoError: upload.error }, { status: upload.status });
  const intent = upload.formData.get("intent");
  if (intent === "photo") {
    if (!upload.image) {
      return data({ result: null, photoError: "professionals.photo.required" }, { status: 400 });
    }
    await savePhoto(user.id, upload.image, requestMeta(request, context));
    return redirectWithToast("/profile/basics", {
      kind: "success",
      message: "professionals.photo.saved",
    });
  }
  if (intent === "removePhoto") {
    await removePhoto(user.id, requestMeta(request, context));
    return redirectWithToast("/profile/basics", {
      kind: "success",
      message: "professionals.photo.removed",
    });
  }
  const submission = parseWithZod(upload.formData, { schema: basicsSchema });
  if (submission.status !== "success") return { result: submission.reply(), photoError: null };
  await saveBasics(user.id, submission.value);
  return redirectWithToast("/profile/basics", { kind: "success", message: "professionals.saved" });
}

export default function ProfileBasics() {
  const t = useT();
  const locale = useLocale();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profile-basics",
    lastResult: actionData?.result,
    constraint: getZodConstraint(basicsSchema),
    defaultValue: {
      headline: loaderData.headline,
      bio: loaderData.bio,
      currentEmployer: loaderData.currentEmployer,
      currentIndustryCode: loaderData.currentIndustryCode,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: basicsSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <PageHeader title={t("professionals.section.basics")} lead={t("professionals.basics.lead")} />
      <Form method="post" className="card mb-8 space-y-5" {...getFormProps(form)}>
        <Field
          label={t("professionals.field.headline")}
          hint={t("professionals.field.headlineHint")}
          errors={fields.headline.errors}
          inputProps={getInputProps(fields.headline, { type: "text" })}
        />
        <TextareaField
          label={t("professionals.field.bio")}
          hint={t("professionals.field.bioHint")}
          errors={fields.bio.errors}
          textareaProps={{ ...getTextareaProps(fields.bio), rows: 8 }}
        />
        <Field
          label={t("professionals.field.currentEmployer")}
          hint={t("professionals.field.currentEmployerHint")}
          errors={fields.currentEmployer.errors}
          inputProps={{
            ...getInputProps(fields.currentEmployer, { type: "text" }),
            autoComplete: "organization",
          }}
        />
        <SelectField
          label={t("professionals.field.currentIndustry")}
          errors={fields.currentIndustryCode.errors}
          selectProps={getSelectProps(fields.currentIndustryCode)}
        >
          <option value="">{t("professionals.field.none")}</option>
          {industries.map((industry) => (
            <option key={industry.code} value={industry.code}>
              {industry[locale]}
            </option>
          ))}
        </SelectField>
        <p className="text-sm text-muted">{t("professionals.field.currentIndustryHint")}</p>
        <StatusButton name="intent" value="basics">
          {t("common.save")}
        </StatusButton>
      </Form>

      <section aria-labelledby="photo-heading" className="card space-y-4">
        <h2 id="photo-heading" className="text-lg font-semibold">
          {t("professionals.photo.title")}
        </h2>
        {loaderData.hasPhoto && loaderData.id ? (
          <img
            src={`/pros/${loaderData.id}/photo`}
            alt={t("professionals.photo.current")}
            className="size-28 rounded-full border border-line object-cover"
            width={112}
            height={112}
          />
        ) : (
          <p className="text-muted">{t("professionals.photo.none")}</p>
        )}
        <Form method="post" encType="multipart/form-data" className="space-y-3">
          <div>
            <label htmlFor="photo" className="mb-1 block font-semibold">
              {t("professionals.photo.field")}
            </label>
            <input
              id="photo"
              name="photo"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              className="input"
              aria-invalid={actionData?.photoError ? true : undefined}
              aria-describedby={actionData?.photoError ? "photo-error" : undefined}
            />
            <ErrorList
              id="photo-error"
              errors={actionData?.photoError ? [actionData.photoError] : []}
            />
          </div>
          <div className="flex flex-wrap gap-3">
            <StatusButton name="intent" value="photo" variant="secondary">
              {t("professionals.photo.upload")}
            </StatusButton>
          </div>
        </Form>
        {loaderData.hasPhoto ? (
          <Form method="post">
            <StatusButton name="intent" value="removePhoto" variant="danger">
              {t("professionals.photo.remove")}
            </StatusButton>
          </Form>
        ) : null}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
