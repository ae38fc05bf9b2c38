import { db } from "~/lib/db.server";

/** Empties every table (children first), so a test starts from a known state. */
export async function resetDatabase() {
  await db.$transaction([
    db.notificationPreference.deleteMany(),
    db.notification.deleteMany(),
    db.matchReview.deleteMany(),
    db.matchEvent.deleteMany(),
    db.match.deleteMany(),
    db.savedSearch.deleteMany(),
    db.searchOutbox.deleteMany(),
    db.synonymGroup.deleteMany(),
    db.importJob.deleteMany(),
    db.profileBlock.deleteMany(),
    db.hometownTie.deleteMany(),
    db.profileRegion.deleteMany(),
    db.careerEntry.deleteMany(),
    db.profileSkill.deleteMany(),
    db.professionalProfile.deleteMany(),
    db.challengeStatusChange.deleteMany(),
    db.challengeSkill.deleteMany(),
    db.challenge.deleteMany(),
    db.skill.deleteMany(),
    db.companyInvitation.deleteMany(),
    db.membership.deleteMany(),
    db.company.deleteMany(),
    db.image.deleteMany(),
    db.auditLog.deleteMany(),
    db.mailboxMessage.deleteMany(),
    db.emailOutbox.deleteMany(),
    db.emailToken.deleteMany(),
    db.session.deleteMany(),
    db.user.deleteMany(),
  ]);
}
