import { db } from "~/lib/db.server";

/** Empties every table (children first), so a test starts from a known state. */
export async function resetDatabase() {
  await db.$transaction([
    db.auditLog.deleteMany(),
    db.mailboxMessage.deleteMany(),
    db.emailOutbox.deleteMany(),
    db.emailToken.deleteMany(),
    db.session.deleteMany(),
    db.user.deleteMany(),
  ]);
}
