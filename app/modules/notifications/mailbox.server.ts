import { db } from "~/lib/db.server";
import { getEnv, isDevMailboxPublic } from "~/lib/env.server";
import type { SessionUser } from "~/modules/auth/session.server";

/** Open to everyone on a local install that sends no mail; admins only otherwise. */
export function canReadDevMailbox(user: Pick<SessionUser, "role"> | null, env = getEnv()) {
  return isDevMailboxPublic(env) || user?.role === "ADMIN";
}

export function listMailbox({ to, take = 50 }: { to?: string; take?: number } = {}) {
  return db.mailboxMessage.findMany({
    where: to ? { to: to.toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, createdAt: true },
  });
}

export function getMailboxMessage(id: string) {
  return db.mailboxMessage.findUnique({ where: { id } });
}
