/**
 * The coordinator's pipeline board, pure: its columns, the filters (a GET form), the move
 * form, and how old and stale a match is. Which moves are allowed is the matching state
 * machine's business (matching/lifecycle.ts), never decided here.
 */
import { z } from "zod";
import type { MatchStage } from "~/generated/prisma/enums";
import { challengeCategories } from "~/modules/challenges/schema";
import { isEnded, matchStages, progressStages } from "~/modules/matching/lifecycle";

/** The board's columns, in order; DECLINED and WITHDRAWN are listed apart, folded. */
export const pipelineColumns = progressStages;
export const endedColumns = ["DECLINED", "WITHDRAWN"] as const satisfies readonly MatchStage[];

/** No activity for this many days flags an open match as stale. */
export const STALE_DAYS = 14;
export const ageFilters = ["7", "14", "30"] as const;
export type AgeFilter = (typeof ageFilters)[number];

const DAY_MS = 86_400_000;

export const pipelineFilterSchema = z.object({
  prefecture: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  category: z.enum(challengeCategories).optional().catch(undefined),
  coordinator: z.string().trim().min(1).max(64).optional().catch(undefined),
  age: z.enum(ageFilters).optional().catch(undefined),
});
export type PipelineFilters = z.infer<typeof pipelineFilterSchema>;

/** A move on the board: the same state machine as the match page decides. */
export const pipelineMoveSchema = z.object({
  matchId: z.string({ error: "console.pipeline.errors.match" }).trim().min(1).max(64),
  to: z.enum(matchStages, { error: "matches.errors.stage" }),
});

/** Whole days since the last activity (never negative). */
export function ageInDays(lastActivityAt: Date | string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(lastActivityAt).getTime()) / DAY_MS));
}

/** An open match nobody has touched for STALE_DAYS days or more; ended ones never are. */
export function isStale(stage: MatchStage, ageDays: number): boolean {
  return !isEnded(stage) && ageDays >= STALE_DAYS;
}

/** The latest lastActivityAt a match may have to pass the age filter (older than N days). */
export function activityBefore(age: AgeFilter | undefined, now: Date): Date | undefined {
  return age ? new Date(now.getTime() - Number(age) * DAY_MS) : undefined;
}

/** The filters as a query string (for the move form's return address and links). */
export function pipelineSearch(filters: PipelineFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The matches of one column, grouped from a flat list in the board's order. */
export function groupByStage<Card extends { stage: MatchStage }>(cards: readonly Card[]) {
  const columns = new Map<MatchStage, Card[]>(
    [...pipelineColumns, ...endedColumns].map((stage) => [stage, []]),
  );
  for (const card of cards) columns.get(card.stage)?.push(card);
  return columns;
}
