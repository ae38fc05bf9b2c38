import type { ChallengeStatus, CloseReason } from "~/generated/prisma/enums";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { enqueueSearchSync } from "~/modules/search/outbox.server";
import { findChallengeIn, checklistDraftOf } from "./challenges.server";
import { publishProblems, type PublishProblem } from "./checklist";
import { todayInJapan } from "./dates";
import { makesPublic, nextStatus, type StatusAction } from "./lifecycle";

export type StatusChangeRequest = {
  challengeId: string;
  actor: { id: string; ipAddress?: string };
  action: StatusAction;
  closeReason?: CloseReason;
  note?: string;
  now?: Date;
};

export type StatusChangeOutcome =
  | { ok: true; from: ChallengeStatus; to: ChallengeStatus }
  | { ok: false; reason: "notAllowed"; from: ChallengeStatus }
  | { ok: false; reason: "incomplete"; problems: PublishProblem[] };

/**
 * Moves a challenge along the lifecycle: checks the transition (and, to make it
 * public, that it is complete), then updates it, writes who/when/why to its history
 * and an audit row, all in one transaction. The first publication sets publishedAt
 * and puts the challenge in the intake queue (intakeStatus PENDING).
 */
export async function changeChallengeStatus(
  request: StatusChangeRequest,
): Promise<StatusChangeOutcome> {
  const now = request.now ?? new Date();
  return db.$transaction(async (tx) => {
    const challenge = await findChallengeIn(tx, request.challengeId);
    if (!challenge) throw new Error(`challenge ${request.challengeId} not found`);
    const from = challenge.status;
    const to = nextStatus(from, request.action);
    if (!to) return { ok: false, reason: "notAllowed", from };
    if (makesPublic(request.action)) {
      const problems = publishProblems(checklistDraftOf(challenge), todayInJapan(now));
      if (problems.length > 0) return { ok: false, reason: "incomplete", problems };
    }
    if (to === "CLOSED" && !request.closeReason) {
      throw new Error("closing a challenge needs a reason");
    }
    const closeReason = to === "CLOSED" ? (request.closeReason ?? null) : null;
    const note = to === "CLOSED" && request.note ? request.note : null;
    // Guarded on the state read above, so two concurrent changes cannot both apply.
    const updated = await tx.challenge.updateMany({
      where: { id: challenge.id, status: from },
      data: {
        status: to,
        statusChangedAt: now,
        closeReason,
        // The first publication also puts it in its prefecture's coordinators' intake queue.
        ...(to === "OPEN" && !challenge.publishedAt
          ? { publishedAt: now, intakeStatus: "PENDING" as const }
          : {}),
      },
    });
    if (updated.count !== 1) return { ok: false, reason: "notAllowed", from };
    await tx.challengeStatusChange.create({
      data: {
        challengeId: challenge.id,
        fromStatus: from,
        toStatus: to,
        closeReason,
        note,
        actorId: request.actor.id,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      action: `challenge.${request.action}`,
      actorId: request.actor.id,
      targetType: "Challenge",
      targetId: challenge.id,
      ipAddress: request.actor.ipAddress,
      metadata: { from, to, ...(closeReason ? { closeReason } : {}) },
    });
    // Opening adds the challenge to search; pausing or closing removes it.
    await enqueueSearchSync(tx, "challenge", [challenge.id]);
    return { ok: true, from, to };
  });
}
