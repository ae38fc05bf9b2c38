import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { findByUnsubscribeToken, unsubscribeByToken } from "~/modules/alerts/saved-searches.server";
import { unsubscribeSchema } from "~/modules/alerts/schemas";
import { allowAnyone } from "~/modules/auth/guards.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { FormPage, PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "alerts.unsubscribe.title"),
  { name: "robots", content: "noindex" },
];

// Public: the token in the link is the permission. Opening it changes nothing, so a mail
// scanner that follows links cannot unsubscribe anyone; only the POST does.
export async function loader({ params }: LoaderFunctionArgs) {
  allowAnyone();
  const search = await findByUnsubscribeToken(params.token ?? "");
  if (!search) return data({ view: "invalid" as const }, { status: 404 });
  return { view: "confirm" as const, name: search.name, frequency: search.frequency };
}

// The page's button, or an RFC 8058 body ("List-Unsubscribe=One-Click") from a client that
// posts to the mail's footer link; the header's one-click URL is unsubscribe_.$token.one-click.
// No form token, no cookie: the token is the permission. Idempotent.
export async function action({ request, params }: ActionFunctionArgs) {
  allowAnyone();
  const submission = parseWithZod(await request.formData(), { schema: unsubscribeSchema });
  const value = submission.status === "success" ? submission.value : null;
  if (!value || (!value.intent && !value["List-Unsubscribe"])) {
    return data({ view: "invalid" as const }, { status: 400 });
  }
  const outcome = await unsubscribeByToken(params.token ?? "");
  if (!outcome) return data({ view: "invalid" as const }, { status: 404 });
  return { view: outcome.wasOff ? ("already" as const) : ("done" as const), name: outcome.name };
}

export default function UnsubscribePage() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const view = actionData ?? loaderData;
  return (
    <FormPage>
      <PageHeader title={t("alerts.unsubscribe.title")} />
      <div className="card space-y-5">
        {view.view === "invalid" ? (
          <p>{t("alerts.unsubscribe.notFound")}</p>
        ) : view.view === "confirm" ? (
          view.frequency === "OFF" ? (
            <p role="status">{t("alerts.unsubscribe.alreadyOff", { name: view.name })}</p>
          ) : (
            <Form method="post" className="space-y-5">
              <p>
                {t("alerts.unsubscribe.lead", {
                  name: view.name,
                  frequency: t(`alerts.frequency.${view.frequency}`),
                })}
              </p>
              <StatusButton name="intent" value="unsubscribe">
                {t("alerts.unsubscribe.submit")}
              </StatusButton>
            </Form>
          )
        ) : (
          <p role="status" className="font-semibold text-success">
            {t(view.view === "done" ? "alerts.unsubscribe.done" : "alerts.unsubscribe.alreadyOff", {
              name: view.name,
            })}
          </p>
        )}
        <p>
          <Link to="/searches">{t("alerts.unsubscribe.manage")}</Link>
        </p>
      </div>
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
