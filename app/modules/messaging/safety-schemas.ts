/** The safety forms' rules (mute, block, report, moderation), shared by pages and server. Messages are i18n keys. */
import { z } from "zod";

export const reportReasons = ["harassment", "spam", "personal-data", "other"] as const;
export type ReportReason = (typeof reportReasons)[number];
export const REPORT_NOTE_MAX = 1000;
export const RESOLUTION_MAX = 1000;

const id = z
  .string({ error: "safety.errors.unknown" })
  .trim()
  .min(1, { error: "safety.errors.unknown" })
  .max(64, { error: "safety.errors.unknown" });

/** Mute or unmute the thread; block or unblock one of its other participants. */
export const safetyToggleSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("mute") }),
  z.object({ intent: z.literal("unmute") }),
  z.object({ intent: z.literal("block"), userId: id }),
  z.object({ intent: z.literal("unblock"), userId: id }),
]);
export type SafetyToggle = z.infer<typeof safetyToggleSchema>;

export const reportSchema = z.object({
  intent: z.literal("report"),
  messageId: id,
  reason: z.enum(reportReasons, { error: "safety.errors.reason" }),
  note: z
    .string()
    .trim()
    .max(REPORT_NOTE_MAX, { error: "safety.errors.noteTooLong" })
    .optional()
    .transform((value) => value ?? ""),
});
export type ReportInput = z.infer<typeof reportSchema>;

/** An admin closes a report: resolved (saying what was done) or dismissed. */
export const moderationSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("resolve"),
    resolution: z
      .string({ error: "safety.errors.resolutionRequired" })
      .trim()
      .min(1, { error: "safety.errors.resolutionRequired" })
      .max(RESOLUTION_MAX, { error: "safety.errors.noteTooLong" }),
  }),
  z.object({
    intent: z.literal("dismiss"),
    resolution: z
      .string()
      .trim()
      .max(RESOLUTION_MAX, { error: "safety.errors.noteTooLong" })
      .optional()
      .transform((value) => value ?? ""),
  }),
]);
export type ModerationInput = z.infer<typeof moderationSchema>;

export const reportStatuses = ["OPEN", "RESOLVED", "DISMISSED"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** The queue's query string; anything unknown falls back to open reports, page 1. */
export const reportListSchema = z.object({
  status: z.enum(reportStatuses).catch("OPEN").default("OPEN"),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
