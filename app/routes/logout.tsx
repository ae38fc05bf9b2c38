import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requestMeta } from "~/lib/request-meta.server";
import { logOut } from "~/modules/auth/accounts.server";
import { allowAnyone, getCurrentSession } from "~/modules/auth/guards.server";
import { serializeBlankSessionCookie } from "~/modules/auth/session.server";

// Logging out changes state, so a GET only sends people home.
export function loader(_: LoaderFunctionArgs) {
  allowAnyone();
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  allowAnyone();
  const current = await getCurrentSession(request, context);
  if (current) await logOut(current.sessionId, current.user.id, requestMeta(request, context));
  return redirect("/", { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
}
