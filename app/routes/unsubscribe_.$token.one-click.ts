import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { unsubscribeByToken } from "~/modules/alerts/saved-searches.server";
import { oneClickUnsubscribeSchema } from "~/modules/alerts/schemas";
import { allowAnyone } from "~/modules/auth/guards.server";

/**
 * The RFC 8058 one-click target named in a digest's List-Unsubscribe header. A mail
 * provider POSTs "List-Unsubscribe=One-Click" here, from its servers or from a webmail page
 * on another site: no cookie, no form token; the random token in the path is the
 * permission, and the effect (this saved search's email off) is idempotent. A resource
 * route, so Remix's own document-request origin check does not apply, and the one path
 * app/server/security.ts exempts from its cross-site rule.
 */
const text = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

// A GET (a client without one-click support opening the header's link) changes nothing:
// it goes to the page that asks first.
export function loader({ params }: LoaderFunctionArgs) {
  allowAnyone();
  return redirect(`/unsubscribe/${encodeURIComponent(params.token ?? "")}`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  allowAnyone();
  const submission = parseWithZod(await request.formData(), { schema: oneClickUnsubscribeSchema });
  if (submission.status !== "success") return text("Bad Request", 400);
  const outcome = await unsubscribeByToken(params.token ?? "");
  if (!outcome) return text("Not Found", 404);
  return text("Unsubscribed", 200);
}
