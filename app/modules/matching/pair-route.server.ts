/**
 * The scout and introduction pages do the same thing for different people: check the
 * pair for the user, then start the match with an opening message.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveLocale } from "~/lib/i18n/locale.server";
import type { MessageKey } from "~/lib/i18n/translate";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import type { Role } from "~/modules/auth/roles";
import { startMatch } from "./matches.server";
import { openingMessageSchema } from "./schemas";
import { pairTarget } from "./targets.server";

export type PairKind = {
  roles: readonly Role[];
  source: "SCOUT" | "INTRODUCTION";
  done: MessageKey;
};

async function pairFor(args: LoaderFunctionArgs, kind: PairKind) {
  const user = await requireRole(args.request, args.context, kind.roles);
  const locale = await resolveLocale(args.request, user);
  const pair = await pairTarget(
    user,
    args.params.challengeId ?? "",
    args.params.profileId ?? "",
    locale,
  );
  return { user, ...pair };
}

export async function loadPair(args: LoaderFunctionArgs, kind: PairKind) {
  const { challenge, professional } = await pairFor(args, kind);
  return { challenge, professional };
}

/** Starts the match from the form, or answers with the form's errors. */
export async function startPairFromForm(args: LoaderFunctionArgs, kind: PairKind) {
  const { user, challenge, professional } = await pairFor(args, kind);
  const submission = parseWithZod(await args.request.formData(), {
    schema: openingMessageSchema,
  });
  if (submission.status !== "success") return { result: submission.reply() };
  const outcome = await startMatch({
    challengeId: challenge.id,
    profileId: professional.id,
    source: kind.source,
    message: submission.value.message,
    actor: { id: user.id, ipAddress: requestMeta(args.request, args.context).ipAddress },
  });
  if (!outcome.ok && outcome.reason !== "exists") {
    return { result: submission.reply({ formErrors: ["matches.errors.notOpen"] }) };
  }
  return redirectWithToast(`/matches/${outcome.matchId}`, {
    kind: outcome.ok ? "success" : "info",
    message: outcome.ok ? kind.done : "matches.apply.exists",
  });
}
