import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { forbidden, notFound } from "~/lib/http.server";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { getOptionalUser } from "~/modules/auth/guards.server";
import { canReadDevMailbox, getMailboxMessage } from "~/modules/notifications/mailbox.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { linkify } from "~/ui/linkify";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "devMailbox.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request, context);
  if (!canReadDevMailbox(user)) forbidden();
  const message = await getMailboxMessage(params.id ?? "");
  if (!message) notFound();
  return {
    id: message.id,
    to: message.to,
    subject: message.subject,
    text: message.text,
    createdAt: message.createdAt,
  };
}

export default function DevMailboxMessagePage() {
  const t = useT();
  const locale = useLocale();
  const message = useLoaderData<typeof loader>();
  return (
    <>
      <p className="mb-4">
        <Link to="/dev/mailbox">← {t("devMailbox.back")}</Link>
      </p>
      <PageHeader title={message.subject} />
      <dl className="mb-6 grid grid-cols-[6rem_1fr] gap-1 text-sm">
        <dt className="font-semibold">{t("devMailbox.to")}</dt>
        <dd>{message.to}</dd>
        <dt className="font-semibold">{t("devMailbox.sentAt")}</dt>
        <dd>{formatDateTime(locale, message.createdAt)}</dd>
      </dl>
      <section aria-labelledby="mail-text" className="card mb-6">
        <h2 id="mail-text" className="mb-2 font-semibold">
          {t("devMailbox.textVersion")}
        </h2>
        <div className="whitespace-pre-wrap break-words" data-testid="mail-text">
          {linkify(message.text)}
        </div>
      </section>
      <section aria-labelledby="mail-html">
        <h2 id="mail-html" className="mb-2 font-semibold">
          {t("devMailbox.htmlVersion")}
        </h2>
        <iframe
          title={t("devMailbox.htmlVersion")}
          src={`/dev/mailbox/${message.id}/html`}
          sandbox=""
          className="h-[32rem] w-full rounded-lg border border-line bg-white"
        />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
