import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireThreadParticipant } from "~/modules/messaging/access.server";
import { reportableMessage, reportMessage } from "~/modules/messaging/reports.server";
import { reportSchema, safetyToggleSchema } from "~/modules/messaging/safety-schemas";
import {
  blockParticipant,
  setThreadMuted,
  threadSafetyView,
  unblockParticipant,
} from "~/modules/messaging/safety.server";
import { BlockSection, MuteSection, ReportSection } from "~/modules/messaging/safety-view";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "safety.title");

/** Participants only (404 for everyone else): mute, block and report in one thread. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, side, thread } = await requireThreadParticipant(
    request,
    context,
    params.threadId ?? "",
  );
  const messageId = new URL(request.url).searchParams.get("message");
  const [view, target] = await Promise.all([
    threadSafetyView(thread.id, { id: user.id, side }),
    messageId ? reportableMessage(thread.id, messageId.slice(0, 64), { id: user.id, side }) : null,
  ]);
  return { view, target };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, side, thread } = await requireThreadParticipant(
    request,
    context,
    params.threadId ?? "",
  );
  const formData = await request.formData();
  const ipAddress = requestMeta(request, context).ipAddress;
  const threadUrl = `/messages/${thread.id}`;
  const back = formData.get("returnTo") === "safety" ? `${threadUrl}/safety` : threadUrl;
  const done = (kind: "success" | "info" | "error", message: MessageKey, to = back) =>
    redirectWithToast(to, { kind, message });

  if (formData.get("intent") === "report") {
    const submission = parseWithZod(formData, { schema: reportSchema });
    if (submission.status !== "success") return { result: submission.reply() };
    const outcome = await reportMessage({
      threadId: thread.id,
      reporter: { id: user.id, ipAddress },
      report: submission.value,
    });
    if (outcome.ok) return done("success", "safety.toast.reported", threadUrl);
    return done("info", `safety.toast.${outcome.reason}`, threadUrl);
  }

  const submission = parseWithZod(formData, { schema: safetyToggleSchema });
  if (submission.status !== "success") return done("error", "safety.errors.unknown");
  const input = submission.value;
  switch (input.intent) {
    case "mute":
    case "unmute":
      await setThreadMuted(thread, user, side, input.intent === "mute");
      return done(
        "success",
        input.intent === "mute" ? "safety.toast.muted" : "safety.toast.unmuted",
      );
    case "block":
    case "unblock": {
      const change = input.intent === "block" ? blockParticipant : unblockParticipant;
      const outcome = await change({
        threadId: thread.id,
        actor: { id: user.id, ipAddress },
        userId: input.userId,
      });
      if (!outcome.ok) return done("error", `safety.toast.${outcome.reason}`);
      return done(
        "success",
        input.intent === "block" ? "safety.toast.blocked" : "safety.toast.unblocked",
      );
    }
  }
}

export default function ThreadSafetyPage() {
  const t = useT();
  const { view, target } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t("safety.title")}
        lead={t("safety.lead", {
          challengeTitle: view.challengeTitle,
          companyName: view.companyName,
        })}
      />
      <p>
        <Link to={`/messages/${view.threadId}`} className="font-semibold">
          ← {t("safety.backToThread")}
        </Link>
      </p>
      {view.canPost ? null : (
        <p role="status" className="rounded-md border border-danger bg-red-50 p-3 text-danger">
          {t("safety.youAreBlocked")}
        </p>
      )}
      <ReportSection
        target={target}
        lastResult={actionData && "result" in actionData ? actionData.result : null}
      />
      <MuteSection muted={view.muted} />
      <BlockSection participants={view.participants} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
