import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { localeCookie } from "~/lib/i18n/locale.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { setUserLocale } from "~/modules/auth/accounts.server";
import { allowAnyone, getOptionalUser } from "~/modules/auth/guards.server";
import { localeSwitchSchema } from "~/modules/auth/schemas";

export function loader(_: LoaderFunctionArgs) {
  allowAnyone();
  return redirect("/");
}

/** The header's language switch: remembered in a cookie, and on the account when signed in. */
export async function action({ request, context }: ActionFunctionArgs) {
  allowAnyone();
  const submission = parseWithZod(await request.formData(), { schema: localeSwitchSchema });
  if (submission.status !== "success") throw data("Bad Request", { status: 400 });
  const user = await getOptionalUser(request, context);
  if (user) await setUserLocale(user.id, submission.value.locale);
  return redirect(safeRedirectPath(submission.value.redirectTo, "/"), {
    headers: { "Set-Cookie": await localeCookie.serialize(submission.value.locale) },
  });
}
