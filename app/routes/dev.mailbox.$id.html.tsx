import type { LoaderFunctionArgs } from "@remix-run/node";
import { forbidden, notFound } from "~/lib/http.server";
import { getOptionalUser } from "~/modules/auth/guards.server";
import { canReadDevMailbox, getMailboxMessage } from "~/modules/notifications/mailbox.server";

/**
 * The email's HTML, for the sandboxed preview frame only: no scripts, no forms, framed
 * by this site alone.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request, context);
  if (!canReadDevMailbox(user)) forbidden();
  const message = await getMailboxMessage(params.id ?? "");
  if (!message) notFound();
  return new Response(message.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox",
      "Cache-Control": "no-store",
    },
  });
}
