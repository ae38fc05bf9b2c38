/** The matching forms' rules, shared by the pages and the server. Messages are i18n keys. */
import { z } from "zod";
import { companyEndReasons, matchStages, professionalEndReasons } from "./lifecycle";
import { REVIEW_COMMENT_MAX } from "./reviews";

export const MESSAGE_MAX = 2000;
export const NOTE_MAX = 500;

function requiredText(max: number) {
  return z
    .string({ error: "reference.errors.required" })
    .trim()
    .min(1, { error: "reference.errors.required" })
    .max(max, { error: "reference.errors.tooLong" });
}

function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: "reference.errors.tooLong" })
    .optional()
    .transform((value) => value ?? "");
}

/** An application confirms availability; a casual talk (カジュアル面談) commits to nothing. */
export const applicationSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("APPLICATION"),
    message: requiredText(MESSAGE_MAX),
    availabilityConfirmed: z.literal("on", { error: "matches.apply.confirmRequired" }),
  }),
  z.object({
    kind: z.literal("CASUAL_TALK"),
    message: optionalText(MESSAGE_MAX),
  }),
]);

/** A scout by the company, or an introduction's note to both sides by a coordinator. */
export const openingMessageSchema = z.object({ message: requiredText(MESSAGE_MAX) });

export const matchActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept") }),
  z.object({
    intent: z.literal("move"),
    to: z.enum(matchStages, { error: "matches.errors.stage" }),
    note: optionalText(NOTE_MAX),
  }),
  z.object({
    intent: z.literal("decline"),
    reason: z.enum(companyEndReasons, { error: "matches.errors.reason" }),
    note: optionalText(NOTE_MAX),
  }),
  z.object({
    intent: z.literal("withdraw"),
    reason: z.enum(professionalEndReasons, { error: "matches.errors.reason" }),
    note: optionalText(NOTE_MAX),
  }),
]);

export type MatchActionInput = z.infer<typeof matchActionSchema>;

export const reviewSchema = z.object({
  rating: z.coerce
    .number({ error: "matches.review.ratingRequired" })
    .int({ error: "matches.review.ratingRequired" })
    .min(1, { error: "matches.review.ratingRequired" })
    .max(5, { error: "matches.review.ratingRequired" }),
  comment: requiredText(REVIEW_COMMENT_MAX),
  wouldWorkAgain: z.enum(["yes", "no"]).optional(),
});

/** The match list's query string; anything unknown falls back to the defaults. */
export const matchListSchema = z.object({
  stage: z.enum(matchStages).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

export const applicantSorts = ["score", "recent"] as const;
export type ApplicantSort = (typeof applicantSorts)[number];
