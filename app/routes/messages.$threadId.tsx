import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { requireThreadParticipant } from "~/modules/messaging/access.server";
import { readMessageForm } from "~/modules/messaging/attachments.server";
import { threadActionSchema } from "~/modules/messaging/messages";
import {
  deleteMessage,
  editMessage,
  markThreadRead,
  postMessage,
} from "~/modules/messaging/messages.server";
import { ThreadPage } from "~/modules/messaging/thread-page";
import { countUnreadMessages, threadView } from "~/modules/messaging/views.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "messaging.thread.title");

/** Participants only (404 for everyone else). Opening the thread marks it read. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, side, thread } = await requireThreadParticipant(
    request,
    context,
    params.threadId ?? "",
  );
  await markThreadRead({ threadId: thread.id, userId: user.id, side });
  const locale = await resolveLocale(request, user);
  const [view, unreadTotal] = await Promise.all([
    threadView(thread.id, user, locale),
    countUnreadMessages(user.id),
  ]);
  const editing = new URL(request.url).searchParams.get("edit")?.slice(0, 64) ?? null;
  return { view, me: { id: user.id, side }, editing, unreadTotal, now: new Date().toISOString() };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, side, thread } = await requireThreadParticipant(
    request,
    context,
    params.threadId ?? "",
  );
  const back = `/messages/${thread.id}`;
  const form = await readMessageForm(request);
  if (!form.ok) {
    return data(
      { result: { status: "error" as const, error: { "": [form.error] } }, ok: false },
      { status: form.status },
    );
  }
  const fetchMode = form.fields.get("mode") === "fetch";
  const submission = parseWithZod(form.fields, { schema: threadActionSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), ok: false }, { status: 400 });
  }
  const value = submission.value;
  const refuse = (key: string, status: number) =>
    data({ result: submission.reply({ formErrors: [key] }), ok: false }, { status });
  switch (value.intent) {
    case "post": {
      const outcome = await postMessage({
        threadId: thread.id,
        author: { id: user.id, side },
        body: value.body,
        files: form.files,
      });
      if (!outcome.ok) return refuse("messaging.errors.blocked", 403);
      break;
    }
    case "edit":
    case "delete": {
      const outcome =
        value.intent === "edit"
          ? await editMessage({
              threadId: thread.id,
              messageId: value.messageId,
              userId: user.id,
              body: value.body,
            })
          : await deleteMessage({
              threadId: thread.id,
              messageId: value.messageId,
              userId: user.id,
            });
      if (!outcome.ok) {
        return refuse(
          `messaging.errors.${outcome.reason}`,
          outcome.reason === "notFound" ? 404 : 403,
        );
      }
      break;
    }
    case "read":
      await markThreadRead({ threadId: thread.id, userId: user.id, side });
      break;
  }
  if (fetchMode) return { result: submission.reply({ resetForm: true }), ok: true };
  return redirect(value.intent === "post" ? `${back}#composer` : back);
}

export default function ThreadRoute() {
  const loaderData = useLoaderData<typeof loader>();
  return <ThreadPage data={loaderData} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
