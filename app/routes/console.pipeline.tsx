import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import {
  ageFilters,
  pipelineFilterSchema,
  pipelineMoveSchema,
  pipelineSearch,
} from "~/modules/coordination/pipeline";
import { CategoryFilter, PrefectureFilter } from "~/modules/coordination/filter-fields";
import { PipelineBoard } from "~/modules/coordination/pipeline-board";
import {
  coordinatorOptions,
  moveOnBoard,
  pipelineBoard,
} from "~/modules/coordination/pipeline.server";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { ConsoleNumbersNav } from "~/modules/coordination/reports-nav";
import { prefectures as allPrefectures } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "console.pipeline.title");

function filtersOf(request: Request) {
  return pipelineFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const filters = filtersOf(request);
  const locale = await resolveLocale(request, user);
  const [board, coordinators] = await Promise.all([
    pipelineBoard(user, prefectures, filters, locale),
    coordinatorOptions(prefectures),
  ]);
  return { board, coordinators, filters, prefectureCodes: prefectures };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const submission = parseWithZod(await request.formData(), { schema: pipelineMoveSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const outcome = await moveOnBoard(
    user,
    prefectures,
    submission.value,
    requestMeta(request, context).ipAddress,
  );
  if (!outcome.ok) {
    return data(
      {
        result: submission.reply({ formErrors: ["console.pipeline.errors.refused"] }),
        matchId: submission.value.matchId,
      },
      { status: 409 },
    );
  }
  return redirectWithToast(`/console/pipeline${pipelineSearch(filtersOf(request))}`, {
    kind: "success",
    message: "console.pipeline.moved",
  });
}

export default function PipelinePage() {
  const t = useT();
  const { board, coordinators, filters, prefectureCodes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const codes = prefectureCodes ?? allPrefectures.map((prefecture) => prefecture.code);
  return (
    <div className="space-y-6">
      <ConsoleNumbersNav />
      <PageHeader title={t("console.pipeline.title")} lead={t("console.pipeline.lead")} />
      <Form method="get" className="card grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-5">
        <PrefectureFilter id="filter-prefecture" codes={codes} value={filters.prefecture} />
        <CategoryFilter id="filter-category" value={filters.category} />
        <div>
          <label htmlFor="filter-coordinator" className="mb-1 block font-semibold">
            {t("console.pipeline.filter.coordinator")}
          </label>
          <select
            id="filter-coordinator"
            name="coordinator"
            className="input"
            defaultValue={filters.coordinator ?? ""}
          >
            <option value="">{t("console.pipeline.filter.anyCoordinator")}</option>
            {coordinators.map((coordinator) => (
              <option key={coordinator.id} value={coordinator.id}>
                {coordinator.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-age" className="mb-1 block font-semibold">
            {t("console.pipeline.filter.age")}
          </label>
          <select id="filter-age" name="age" className="input" defaultValue={filters.age ?? ""}>
            <option value="">{t("console.pipeline.filter.anyAge")}</option>
            {ageFilters.map((age) => (
              <option key={age} value={age}>
                {t("console.pipeline.filter.olderThan", { days: age })}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className="btn-primary w-full">
            {t("console.filter.apply")}
          </button>
        </div>
      </Form>
      {board.truncated ? <p role="status">{t("console.pipeline.truncated")}</p> : null}
      <PipelineBoard
        cards={board.cards}
        ended={board.ended}
        action={`/console/pipeline${pipelineSearch(filters)}`}
        actionData={actionData}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
