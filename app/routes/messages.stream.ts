import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { requireUser } from "~/modules/auth/guards.server";
import { messageStreamResponse } from "~/modules/messaging/stream.server";

/**
 * The signed-in user's message stream (Server-Sent Events): events of their own
 * threads only, checked per event. Resumes after Last-Event-ID (or ?lastEventId=).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return messageStreamResponse(request, user, await resolveLocale(request, user));
}
