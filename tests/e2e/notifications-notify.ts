/**
 * Test set-up for the notification browser tests, run as a child process against the e2e
 * server's database (see notifications-support.ts): records one event through the real
 * `notify()` — bell entry and outbox email — for the user with the given email address,
 * the way the match routes do. The app's mail drainer then delivers the email.
 *
 *   tsx tests/e2e/notifications-notify.ts '<json: { email, kind, href, params, eventId }>'
 */
import { z } from "zod";
import { db, ensureDatabaseReady } from "~/lib/db.server";
import { notificationKinds } from "~/modules/notifications/kinds";
import { notify } from "~/modules/notifications/in-app/notify.server";

const argsSchema = z.object({
  email: z.string(),
  kind: z.enum(notificationKinds),
  href: z.string(),
  params: z.record(z.string(), z.string()),
  eventId: z.string(),
});

async function main() {
  const args = argsSchema.parse(JSON.parse(process.argv[2] ?? "{}"));
  await ensureDatabaseReady();
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: args.email } });
    await db.$transaction((tx) =>
      notify(tx, {
        kind: args.kind,
        recipientIds: [user.id],
        href: args.href,
        params: args.params,
        eventId: args.eventId,
      }),
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
