import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/lib/http.server";
import { requireThreadParticipant } from "~/modules/messaging/access.server";
import { attachmentResponse, findThreadAttachment } from "~/modules/messaging/attachments.server";

/**
 * A message's attachment, for the thread's participants only (404 for everyone else,
 * for an attachment of another thread and for one of a deleted message).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { thread } = await requireThreadParticipant(request, context, params.threadId ?? "");
  const attachment = await findThreadAttachment(thread.id, params.attachmentId ?? "");
  if (!attachment) notFound();
  const response = await attachmentResponse(attachment);
  if (!response) notFound();
  return response;
}
