import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { forbidden } from "~/lib/http.server";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { getOptionalUser } from "~/modules/auth/guards.server";
import { canReadDevMailbox, listMailbox } from "~/modules/notifications/mailbox.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "devMailbox.title");

const filterSchema = z.object({ to: z.string().trim().max(254).optional() });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request, context);
  if (!canReadDevMailbox(user)) forbidden();
  const filter = filterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const to = filter.success ? filter.data.to || undefined : undefined;
  return { messages: await listMailbox({ to }), to: to ?? "" };
}

export default function DevMailboxPage() {
  const t = useT();
  const locale = useLocale();
  const { messages, to } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("devMailbox.title")} lead={t("devMailbox.lead")} />
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-3" role="search">
        <div className="grow">
          <label htmlFor="mailbox-to" className="mb-1 block font-semibold">
            {t("devMailbox.filterTo")}
          </label>
          <input id="mailbox-to" name="to" type="email" defaultValue={to} className="input" />
        </div>
        <button type="submit" className="btn-secondary">
          {t("devMailbox.filter")}
        </button>
      </Form>
      {messages.length === 0 ? (
        <p className="card">{t("devMailbox.empty")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {messages.map((message) => (
            <li key={message.id} className="p-4">
              <Link to={`/dev/mailbox/${message.id}`} className="font-semibold">
                {message.subject}
              </Link>
              <p className="text-sm text-muted">
                {t("devMailbox.to")}: {message.to} · {formatDateTime(locale, message.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
