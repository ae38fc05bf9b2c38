/**
 * Every event that notifies someone. Each kind can be switched off per channel
 * (in-app, email) on the notification settings page.
 */
export const notificationKinds = [
  /** a professional applied to one of your company's challenges */
  "match.applied",
  /** a professional asked your company for a casual talk (カジュアル面談) */
  "match.casualTalk",
  /** a company invited you (scout) */
  "match.scouted",
  /** a coordinator introduced you to a company or a professional */
  "match.introduced",
  /** the other side accepted (a scout, an introduction or an application) */
  "match.accepted",
  /** the match moved to another stage */
  "match.stage",
  /** the other side declined or withdrew */
  "match.ended",
  /** a review about you was written or became visible */
  "match.review",
] as const;

export type NotificationKind = (typeof notificationKinds)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}

/** What a notification's text may use; every value is plain text, rendered as text. */
export interface NotificationParams {
  challengeTitle?: string;
  /** how the recipient sees the other party: a company name, a person's name, or an anonymous summary */
  partyName?: string;
  /** a MatchStage, for "match.stage" */
  stage?: string;
  /** "DECLINED" or "WITHDRAWN", for "match.ended" */
  outcome?: string;
}
