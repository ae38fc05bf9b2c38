/** The intake queue's actions, pure: one form per row, told apart by `intent`. */
import { z } from "zod";

export const INTAKE_COMMENT_MAX = 2000;

export const intakeActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("review"), challengeId: z.string().trim().min(1).max(100) }),
  z.object({
    intent: z.literal("return"),
    challengeId: z.string().trim().min(1).max(100),
    comment: z
      .string({ error: "coordination.errors.comment" })
      .trim()
      .min(1, { error: "coordination.errors.comment" })
      .max(INTAKE_COMMENT_MAX, { error: "reference.errors.tooLong" }),
  }),
  z.object({ intent: z.literal("takeIn"), companyId: z.string().trim().min(1).max(100) }),
]);
export type IntakeAction = z.output<typeof intakeActionSchema>;
