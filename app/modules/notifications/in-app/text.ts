/**
 * A notification's wording, pure: the same function writes the bell's list (in the
 * reader's language, in the browser) and the email (in the recipient's language, on the
 * server). Every value in the params is plain text and is rendered as text.
 */
import { z } from "zod";
import type { MessageKey, Translate } from "~/lib/i18n/translate";
import { isNotificationKind, type NotificationKind, type NotificationParams } from "../kinds";

const matchStageCodes = [
  "INTERESTED",
  "TALKING",
  "PROPOSAL",
  "CONTRACTED",
  "WORKING",
  "COMPLETED",
  "DECLINED",
  "WITHDRAWN",
] as const;
type StageCode = (typeof matchStageCodes)[number];

const endOutcomes = ["DECLINED", "WITHDRAWN"] as const;

const text = z.string().max(500).optional().catch(undefined);

/** What a stored `params` JSON may hold; anything else is dropped, never shown. */
export const notificationParamsSchema = z.object({
  challengeTitle: text,
  partyName: text,
  stage: text,
  outcome: text,
});

/** The params column read back: malformed JSON or values give empty params, not an error. */
export function parseNotificationParams(json: string): NotificationParams {
  try {
    const parsed = notificationParamsSchema.safeParse(JSON.parse(json));
    if (!parsed.success) return {};
    return Object.fromEntries(
      Object.entries(parsed.data).filter((entry) => typeof entry[1] === "string"),
    ) as NotificationParams;
  } catch {
    return {};
  }
}

export function stageLabelKey(stage: string | undefined): MessageKey {
  return (matchStageCodes as readonly string[]).includes(stage ?? "")
    ? `notifications.stage.${stage as StageCode}`
    : "notifications.stage.unknown";
}

export function kindLabelKey(kind: NotificationKind): MessageKey {
  return `notifications.kindLabel.${kind}`;
}

export function kindDescriptionKey(kind: NotificationKind): MessageKey {
  return `notifications.kindDescription.${kind}`;
}

function messageKey(kind: NotificationKind, params: NotificationParams): MessageKey {
  if (kind === "match.ended" && (endOutcomes as readonly string[]).includes(params.outcome ?? "")) {
    return `notifications.kind.match.ended.${params.outcome as (typeof endOutcomes)[number]}`;
  }
  return `notifications.kind.${kind}`;
}

/**
 * The sentence for one notification, e.g. "「基幹システム刷新」に佐藤 健太から応募がありました".
 * A missing name or title reads as "相手方" / "課題" rather than a raw `{placeholder}`;
 * an unknown kind (say, a row written by a newer version) reads as the title alone.
 */
export function notificationText(t: Translate, kind: string, params: NotificationParams): string {
  const challengeTitle = params.challengeTitle?.trim() || t("notifications.challenge.unknown");
  if (!isNotificationKind(kind)) return challengeTitle;
  return t(messageKey(kind, params), {
    challengeTitle,
    partyName: params.partyName?.trim() || t("notifications.party.unknown"),
    stage: t(stageLabelKey(params.stage)),
  });
}

/** The bell's badge: the count, capped at "99+"; nothing when there is nothing unread. */
export function badgeText(count: number): string | null {
  if (!Number.isFinite(count) || count <= 0) return null;
  return count > 99 ? "99+" : String(Math.floor(count));
}
