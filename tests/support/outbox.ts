import { db } from "~/lib/db.server";

/** The outbox rows queued so far, with their payloads parsed. */
export async function queuedEmails(where: { template?: string; to?: string } = {}) {
  const rows = await db.emailOutbox.findMany({ where, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ ...row, data: JSON.parse(row.payload) as Record<string, string> }));
}

/** The single email queued for `template`; fails the test when there is not exactly one. */
export async function onlyEmail(template: string, to?: string) {
  const rows = await queuedEmails({ template, ...(to ? { to } : {}) });
  if (rows.length !== 1) throw new Error(`expected one ${template} email, found ${rows.length}`);
  return rows[0]!;
}

/** The `token` query parameter of a mailed link. */
export function tokenFromLink(url: string | undefined) {
  const token = url ? new URL(url).searchParams.get("token") : null;
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}
