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
  /** a coordinator mentioned you in a private note (coordinators and admins only) */
  "note.mention",
  /** a coordinator sent one of your company's challenges back with comments */
  "challenge.returned",
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
  /*
   * "note.mention" uses challengeTitle for what the note is about (a company's name, a
   * match's challenge title or a profile's headline) and partyName for its author.
   */
}
