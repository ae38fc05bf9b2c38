/**
 * Test set-up for the safety browser tests, run as a child process against the e2e
 * server's database (see safety-support.ts): a fresh company member and professional,
 * each with a password (and an admin in the same language), in a new thread (an application to a new challenge, through the
 * real startMatch, which opens the thread), with messages from the company member sent
 * through the real postMessage. Prints the thread's id as JSON.
 *
 *   tsx tests/e2e/safety-seed.ts '<json: { tag, locale, password, messages }>'
 */
import { z } from "zod";
import { db, ensureDatabaseReady } from "~/lib/db.server";
import { hashPassword } from "~/modules/auth/password.server";
import { startMatch } from "~/modules/matching/matches.server";
import { postMessage } from "~/modules/messaging/messages.server";
import { createTestChallenge } from "../support/challenges";
import { createTestCompany } from "../support/market";

const argsSchema = z.object({
  tag: z.string().regex(/^[a-z0-9]+$/),
  locale: z.enum(["ja", "en"]),
  password: z.string().min(10),
  messages: z.array(z.string()).min(1),
});

async function main() {
  const args = argsSchema.parse(JSON.parse(process.argv[2] ?? "{}"));
  await ensureDatabaseReady();
  try {
    const passwordHash = await hashPassword(args.password);
    const user = (role: "PROFESSIONAL" | "COMPANY_MEMBER" | "ADMIN", label: string, name: string) =>
      db.user.create({
        data: {
          email: `e2e-safety-${label}-${args.tag}@e2e.example`,
          name,
          role,
          locale: args.locale,
          passwordHash,
          emailVerifiedAt: new Date(),
        },
      });
    const pro = await user("PROFESSIONAL", "pro", `安全 太郎${args.tag.slice(0, 4)}`);
    const member = await user("COMPANY_MEMBER", "company", `企業 花子${args.tag.slice(0, 4)}`);
    // An administrator who reads the app in this test's language.
    const admin = await user("ADMIN", "admin", `管理 次郎${args.tag.slice(0, 4)}`);
    const { company } = await createTestCompany({
      name: `安全テスト株式会社${args.tag}`,
      ownerId: member.id,
    });
    const challenge = await createTestChallenge(company.id, {
      title: `安全テストの課題 ${args.tag}`,
    });
    const profile = await db.professionalProfile.create({
      data: { userId: pro.id, headline: "製造業のDX推進", visibility: "SIGNED_IN" },
    });
    const started = await startMatch({
      challengeId: challenge.id,
      profileId: profile.id,
      source: "APPLICATION",
      message: "",
      actor: { id: pro.id },
    });
    if (!started.ok) throw new Error(`could not start the match: ${started.reason}`);
    const thread = await db.thread.findUniqueOrThrow({ where: { matchId: started.matchId } });
    for (const body of args.messages) {
      const posted = await postMessage({
        threadId: thread.id,
        author: { id: member.id, side: "company" },
        body,
      });
      if (!posted.ok) throw new Error("could not post");
    }
    process.stdout.write(
      JSON.stringify({
        threadId: thread.id,
        pro: { email: pro.email, name: pro.name },
        member: { email: member.email, name: member.name },
        admin: { email: admin.email, name: admin.name },
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
