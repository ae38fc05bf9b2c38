import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requireUser } from "~/modules/auth/guards.server";
import { InboxList } from "~/modules/messaging/inbox-list";
import { inbox } from "~/modules/messaging/views.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "messaging.inbox.title");

/** Any signed-in user: their own threads only. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return { items: await inbox(user, await resolveLocale(request, user)) };
}

export default function Inbox() {
  const t = useT();
  const { items } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("messaging.inbox.title")} lead={t("messaging.inbox.lead")} />
      <InboxList items={items} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
