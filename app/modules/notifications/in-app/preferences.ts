/**
 * Notification preferences, pure: which kinds each role is offered on the settings page,
 * the settings form's schema, and how stored rows resolve to "on" or "off" per channel.
 * No row means both channels are on.
 */
import { z } from "zod";
import type { Role } from "~/modules/auth/roles";
import { notificationKinds, type NotificationKind } from "../kinds";

export const notificationChannels = ["inApp", "email"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

export type ChannelChoice = { inApp: boolean; email: boolean };
export type PreferenceRow = { kind: string } & ChannelChoice;
export type ResolvedPreference = { kind: NotificationKind } & ChannelChoice;

const professionalKinds: readonly NotificationKind[] = [
  "match.scouted",
  "match.introduced",
  "match.accepted",
  "match.stage",
  "match.ended",
  "match.review",
];
const companyKinds: readonly NotificationKind[] = [
  "match.applied",
  "match.casualTalk",
  "match.introduced",
  "match.accepted",
  "match.stage",
  "match.ended",
  "match.review",
  "challenge.returned",
];

/**
 * The kinds that can reach someone of `role`, in the catalogue's order. Coordinators and
 * admins hear of matches on either side, so they are offered every kind.
 */
export function kindsForRole(role: Role): NotificationKind[] {
  const offered =
    role === "PROFESSIONAL"
      ? professionalKinds
      : role === "COMPANY_MEMBER"
        ? companyKinds
        : notificationKinds;
  return notificationKinds.filter((kind) => offered.includes(kind));
}

/** Each offered kind with its channels: stored choice, or both on when there is no row. */
export function resolvePreferences(
  kinds: readonly NotificationKind[],
  rows: readonly PreferenceRow[],
): ResolvedPreference[] {
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return kinds.map((kind) => {
    const row = byKind.get(kind);
    return { kind, inApp: row?.inApp ?? true, email: row?.email ?? true };
  });
}

const kindList = z
  .array(z.enum(notificationKinds, "notifications.errors.kind"))
  .max(notificationKinds.length * 2, "notifications.errors.kind")
  .default([]);

/**
 * The settings form: one checkbox group per channel, each box's value a kind. A kind
 * left unticked is off for that channel.
 */
export const notificationPreferencesSchema = z.object({
  inApp: kindList,
  email: kindList,
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

/** The form's answer as one choice per offered kind (kinds not offered are left alone). */
export function choicesFromForm(
  kinds: readonly NotificationKind[],
  value: NotificationPreferencesInput,
): ResolvedPreference[] {
  const inApp = new Set(value.inApp);
  const email = new Set(value.email);
  return kinds.map((kind) => ({ kind, inApp: inApp.has(kind), email: email.has(kind) }));
}
