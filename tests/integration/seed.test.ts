import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { logIn } from "~/modules/auth/accounts.server";
import { roles } from "~/modules/auth/roles";
import { decodeCodeList } from "~/modules/reference/code-lists";
import { isIndustryCode } from "~/modules/reference/industries";
import { isPrefectureCode } from "~/modules/reference/prefectures";
import { engagementTypes } from "~/modules/reference/work";
import { resolveSkillNames } from "~/modules/skills/resolve.server";
import { skillTaxonomy } from "~/modules/skills/taxonomy";
import {
  DEMO_PASSWORD,
  demoAccountList,
  demoAccounts,
  demoChallenges,
  demoCompanies,
} from "../../prisma/demo-accounts";
import { formatDemoLogins, runSeed } from "../../prisma/seed";
import { resetDatabase } from "../support/database";

const NOW = new Date("2026-11-20T03:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;

describe("demo seed: the logins", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("with --if-empty, seeds once", async () => {
    const first = await runSeed({ ifEmpty: true, enabled: true, now: NOW });
    expect(first).toMatchObject({
      status: "seeded",
      users: { created: demoAccountList.map((account) => account.email), existing: [] },
    });
    const second = await runSeed({ ifEmpty: true, enabled: true, now: NOW });
    expect(second).toEqual({ status: "skipped", reason: "not-empty" });
  });

  it("without --if-empty, adds only the missing demo users", async () => {
    await runSeed({ enabled: true, now: NOW });
    const users = await db.user.count();
    await db.user.delete({ where: { email: demoAccounts.admin.email } });
    const again = await runSeed({ enabled: true, now: NOW });
    expect(again).toMatchObject({
      status: "seeded",
      users: { created: [demoAccounts.admin.email] },
    });
    expect(again.status === "seeded" && again.users.existing).toHaveLength(
      demoAccountList.length - 1,
    );
    expect(await db.user.count()).toBe(users);
  });

  it("does nothing when demo data is disabled", async () => {
    expect(await runSeed({ enabled: false })).toEqual({ status: "skipped", reason: "disabled" });
    expect(await db.user.count()).toBe(0);
  });

  it("prints every login", () => {
    const text = formatDemoLogins();
    expect(text).toContain(DEMO_PASSWORD);
    for (const account of demoAccountList) expect(text).toContain(account.email);
  });
});

describe("demo seed: the data", () => {
  let milliseconds = 0;
  beforeAll(async () => {
    await resetDatabase();
    const result = await runSeed({ ifEmpty: true, enabled: true, now: NOW });
    if (result.status !== "seeded") throw new Error("not seeded");
    milliseconds = result.milliseconds;
  });

  it("is quick (bulk writes)", () => {
    expect(milliseconds).toBeLessThan(10_000);
  });

  it("creates verified logins of every role with the demo password, and no one else can log in", async () => {
    const named = await db.user.findMany({
      where: { email: { in: demoAccountList.map((account) => account.email) } },
      select: { email: true, name: true, role: true, locale: true, emailVerifiedAt: true },
    });
    expect(new Set(named.map((user) => user.role))).toEqual(new Set(roles));
    expect(named.filter((user) => user.locale === "en").map((user) => user.email)).toEqual([
      demoAccounts.proCarter.email,
    ]);
    for (const user of named) expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(
      named
        .map(({ email, name, role, locale }) => ({ email, name, role, locale }))
        .sort((a, b) => a.email.localeCompare(b.email)),
    ).toEqual(
      demoAccountList
        .map(({ email, name, role, locale }) => ({ email, name, role, locale }))
        .sort((a, b) => a.email.localeCompare(b.email)),
    );
    for (const account of demoAccountList) {
      expect(
        await logIn({ email: account.email, password: DEMO_PASSWORD }),
        account.email,
      ).toMatchObject({ ok: true });
    }
    const withPassword = await db.user.findMany({
      where: { passwordHash: { not: null } },
      select: { email: true },
    });
    expect(withPassword.map((user) => user.email).sort()).toEqual(
      demoAccountList.map((account) => account.email).sort(),
    );
    // Generated people are verified but have no password and got no mail.
    expect(await db.user.count({ where: { emailVerifiedAt: null } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "admin.user_created" } })).toBe(
      demoAccountList.length,
    );
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("loads the whole skills taxonomy", async () => {
    expect(await db.skill.count()).toBe(skillTaxonomy.length);
    const resolved = await resolveSkillNames(db, [
      "ｗｅｂまーけてぃんぐ",
      "kintone",
      "M&A",
      "Rust",
    ]);
    expect(resolved.skills.map((skill) => skill.slug)).toEqual([
      "web-marketing",
      "kintone",
      "m-and-a",
    ]);
    expect(resolved.unknown).toEqual(["Rust"]);
  });

  it("gives the named company members their companies", async () => {
    for (const company of Object.values(demoCompanies)) {
      const row = await db.company.findFirstOrThrow({
        where: { name: company.name },
        select: {
          prefectureCode: true,
          municipality: true,
          industryCode: true,
          memberships: { select: { role: true, user: { select: { email: true } } } },
        },
      });
      expect(row).toMatchObject({
        prefectureCode: company.prefectureCode,
        municipality: company.municipality,
        industryCode: company.industryCode,
      });
      const owner = demoAccounts[company.owner];
      expect(row.memberships).toContainEqual({ role: "OWNER", user: { email: owner.email } });
    }
    for (const challenge of Object.values(demoChallenges)) {
      const row = await db.challenge.findFirstOrThrow({
        where: { title: challenge.title },
        select: { status: true, company: { select: { name: true } } },
      });
      expect(row).toEqual({
        status: challenge.status,
        company: { name: demoCompanies[challenge.company].name },
      });
    }
  });

  it("gives the named professionals full profiles", async () => {
    for (const key of ["proSato", "proSuzuki", "proTanaka", "proCarter"] as const) {
      const profile = await db.professionalProfile.findFirstOrThrow({
        where: { user: { email: demoAccounts[key].email } },
        select: {
          headline: true,
          bio: true,
          _count: { select: { skills: true, careers: true, regions: true } },
        },
      });
      expect(profile.headline, key).not.toBe("");
      expect(profile.bio, key).not.toBe("");
      expect(profile._count.skills, key).toBeGreaterThanOrEqual(5);
      expect(profile._count.careers, key).toBeGreaterThanOrEqual(1);
      expect(profile._count.regions, key).toBeGreaterThanOrEqual(1);
    }
    const sato = await db.professionalProfile.findFirstOrThrow({
      where: { user: { email: demoAccounts.proSato.email } },
      select: { engagementTypes: true, currentIndustryCode: true, ties: true },
    });
    expect(decodeCodeList(sato.engagementTypes, engagementTypes)).toContain("SIDE_JOB");
    expect(sato.currentIndustryCode).toBe("G");
    expect(sato.ties).toContainEqual(
      expect.objectContaining({ prefectureCode: "20", kind: "BIRTHPLACE" }),
    );
    // Tanaka hides from his current employer, a demo company.
    const tanaka = await db.professionalProfile.findFirstOrThrow({
      where: { user: { email: demoAccounts.proTanaka.email } },
      select: {
        currentEmployer: true,
        blocks: { select: { company: { select: { name: true } } } },
      },
    });
    expect(tanaka.blocks).toEqual([{ company: { name: tanaka.currentEmployer } }]);
  });

  it("has 40+ companies in 20+ prefectures, each with one or two members", async () => {
    const companies = await db.company.findMany({
      select: {
        name: true,
        prefectureCode: true,
        industryCode: true,
        description: true,
        _count: { select: { memberships: true } },
      },
    });
    expect(companies.length).toBeGreaterThanOrEqual(40);
    expect(new Set(companies.map((company) => company.prefectureCode)).size).toBeGreaterThanOrEqual(
      20,
    );
    expect(new Set(companies.map((company) => company.name)).size).toBe(companies.length);
    for (const company of companies) {
      expect(isPrefectureCode(company.prefectureCode), company.name).toBe(true);
      expect(isIndustryCode(company.industryCode), company.name).toBe(true);
      expect(company.description.length, company.name).toBeGreaterThan(20);
      expect(company._count.memberships, company.name).toBeGreaterThanOrEqual(1);
      expect(company._count.memberships, company.name).toBeLessThanOrEqual(2);
    }
  });

  it("has 120+ challenges in every category and state, with consistent histories", async () => {
    const challenges = await db.challenge.findMany({
      select: {
        title: true,
        category: true,
        status: true,
        closeReason: true,
        publishedAt: true,
        statusChangedAt: true,
        applicationDeadline: true,
        engagementTypes: true,
        skills: { select: { required: true } },
        statusChanges: {
          orderBy: { createdAt: "asc" },
          select: { fromStatus: true, toStatus: true, closeReason: true, createdAt: true },
        },
      },
    });
    expect(challenges.length).toBeGreaterThanOrEqual(120);
    const categories = new Set(challenges.map((challenge) => challenge.category));
    expect(categories.size).toBe(11);
    const states = new Set(
      challenges.map((challenge) => `${challenge.status}:${challenge.closeReason ?? ""}`),
    );
    expect(states).toEqual(
      new Set(["DRAFT:", "OPEN:", "PAUSED:", "CLOSED:FILLED", "CLOSED:CANCELLED"]),
    );
    const open = challenges.filter((challenge) => challenge.status === "OPEN");
    expect(open.length).toBeGreaterThan(challenges.length / 2);

    for (const challenge of challenges) {
      const history = challenge.statusChanges;
      expect(history[0], challenge.title).toMatchObject({ fromStatus: null, toStatus: "DRAFT" });
      for (let index = 1; index < history.length; index += 1) {
        expect(history[index]!.fromStatus).toBe(history[index - 1]!.toStatus);
        expect(history[index]!.createdAt.getTime()).toBeGreaterThanOrEqual(
          history[index - 1]!.createdAt.getTime(),
        );
      }
      const last = history[history.length - 1]!;
      expect(last.toStatus).toBe(challenge.status);
      expect(last.closeReason).toBe(challenge.closeReason);
      expect(last.createdAt).toEqual(challenge.statusChangedAt);
      expect(last.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(challenge.publishedAt === null).toBe(challenge.status === "DRAFT");
      if (challenge.status === "OPEN" || challenge.status === "PAUSED") {
        expect(challenge.applicationDeadline!.getTime()).toBeGreaterThan(NOW.getTime());
      }
      expect(challenge.skills.length).toBeGreaterThanOrEqual(2);
      expect(challenge.skills.length).toBeLessThanOrEqual(6);
      expect(challenge.skills.some((skill) => skill.required)).toBe(true);
      expect(decodeCodeList(challenge.engagementTypes, engagementTypes).length).toBeGreaterThan(0);
    }
  });

  it("has 300+ professionals with every visibility, ties, regions and blocks", async () => {
    const profiles = await db.professionalProfile.findMany({
      select: {
        visibility: true,
        hoursPerWeek: true,
        availableFrom: true,
        currentEmployer: true,
        _count: {
          select: { skills: true, careers: true, ties: true, regions: true, blocks: true },
        },
      },
    });
    expect(profiles.length).toBeGreaterThanOrEqual(300);
    expect(new Set(profiles.map((profile) => profile.visibility))).toEqual(
      new Set(["PUBLIC", "SIGNED_IN", "ANONYMOUS", "HIDDEN"]),
    );
    expect(profiles.filter((profile) => profile._count.ties >= 2).length).toBeGreaterThan(30);
    expect(profiles.filter((profile) => profile._count.blocks > 0).length).toBeGreaterThan(5);
    expect(profiles.filter((profile) => profile.currentEmployer).length).toBeGreaterThan(100);
    expect(profiles.filter((profile) => profile.availableFrom).length).toBeGreaterThan(100);
    for (const profile of profiles) {
      expect(profile._count.skills).toBeGreaterThanOrEqual(3);
      expect(profile._count.careers).toBeGreaterThanOrEqual(1);
    }
  });

  it("has matches in every source and stage, with timelines the state machine allows", async () => {
    const matches = await db.match.findMany({
      select: {
        source: true,
        stage: true,
        professionalAcceptedAt: true,
        companyAcceptedAt: true,
        endReason: true,
        profile: { select: { visibility: true, blocks: { select: { companyId: true } } } },
        challenge: { select: { companyId: true, status: true } },
        thread: { select: { _count: { select: { participants: true } } } },
        events: { select: { kind: true, toStage: true }, orderBy: { createdAt: "asc" } },
      },
    });
    expect(matches.length).toBeGreaterThanOrEqual(90);
    expect(new Set(matches.map((match) => match.source))).toEqual(
      new Set(["APPLICATION", "CASUAL_TALK", "SCOUT", "INTRODUCTION"]),
    );
    expect(new Set(matches.map((match) => match.stage)).size).toBe(8);
    for (const match of matches) {
      expect(match.profile.visibility).not.toBe("HIDDEN");
      expect(match.profile.blocks.map((block) => block.companyId)).not.toContain(
        match.challenge.companyId,
      );
      expect(match.challenge.status).not.toBe("DRAFT");
      const stages = match.events.flatMap((event) =>
        event.kind === "reviewed" || event.toStage === null ? [] : [event.toStage],
      );
      expect(match.events[0]!.kind).toBe("created");
      expect(stages.at(-1)).toBe(match.stage);
      const agreed = match.professionalAcceptedAt !== null && match.companyAcceptedAt !== null;
      if (!["INTERESTED", "DECLINED", "WITHDRAWN"].includes(match.stage)) expect(agreed).toBe(true);
      expect(match.endReason !== null).toBe(["DECLINED", "WITHDRAWN"].includes(match.stage));
      // A thread exists exactly when the match allows contact.
      const contact =
        match.professionalAcceptedAt !== null &&
        (match.companyAcceptedAt !== null ||
          match.source === "APPLICATION" ||
          match.source === "CASUAL_TALK");
      expect(match.thread !== null).toBe(contact);
      if (match.thread) expect(match.thread._count.participants).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("demo seed: determinism", () => {
  async function snapshot() {
    const companies = await db.company.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, municipality: true, description: true, createdAt: true },
    });
    const challenges = await db.challenge.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        title: true,
        background: true,
        status: true,
        publishedAt: true,
        applicationDeadline: true,
        skills: { select: { skill: { select: { slug: true } }, required: true } },
      },
    });
    const profiles = await db.professionalProfile.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        headline: true,
        bio: true,
        visibility: true,
        user: { select: { name: true, email: true } },
      },
    });
    return { companies, challenges, profiles };
  }

  it(
    "makes the same content on every run, and a second run adds nothing",
    { timeout: 60_000 },
    async () => {
      await resetDatabase();
      await runSeed({ enabled: true, now: NOW });
      const first = await snapshot();
      const counts = {
        users: await db.user.count(),
        companies: await db.company.count(),
        challenges: await db.challenge.count(),
        statusChanges: await db.challengeStatusChange.count(),
        profiles: await db.professionalProfile.count(),
        profileSkills: await db.profileSkill.count(),
        memberships: await db.membership.count(),
      };
      const again = await runSeed({ enabled: true, now: NOW });
      expect(again).toMatchObject({
        status: "seeded",
        created: { skills: 0, companies: 0, profiles: 0, challenges: 0 },
      });
      expect({
        users: await db.user.count(),
        companies: await db.company.count(),
        challenges: await db.challenge.count(),
        statusChanges: await db.challengeStatusChange.count(),
        profiles: await db.professionalProfile.count(),
        profileSkills: await db.profileSkill.count(),
        memberships: await db.membership.count(),
      }).toEqual(counts);

      await resetDatabase();
      await runSeed({ enabled: true, now: new Date(NOW.getTime() + 60 * 60 * 1000) });
      expect(await snapshot()).toEqual(first);
    },
  );

  it("counts its dates from the day it runs", { timeout: 60_000 }, async () => {
    await resetDatabase();
    await runSeed({ enabled: true, now: new Date(NOW.getTime() + 30 * DAY_MS) });
    const later = await db.challenge.findFirstOrThrow({
      where: { title: demoChallenges.tosaEc.title },
      select: { publishedAt: true },
    });
    await resetDatabase();
    await runSeed({ enabled: true, now: NOW });
    const now = await db.challenge.findFirstOrThrow({
      where: { title: demoChallenges.tosaEc.title },
      select: { publishedAt: true },
    });
    expect(later.publishedAt!.getTime() - now.publishedAt!.getTime()).toBe(30 * DAY_MS);
  });

  it(
    "puts back a demo company that was deleted, with its challenges",
    { timeout: 60_000 },
    async () => {
      await resetDatabase();
      await runSeed({ enabled: true, now: NOW });
      const challenges = await db.challenge.count();
      await db.company.delete({
        where: {
          id: (await db.company.findFirstOrThrow({ where: { name: demoCompanies.tosa.name } })).id,
        },
      });
      expect(await db.challenge.count()).toBeLessThan(challenges);
      const again = await runSeed({ enabled: true, now: NOW });
      expect(again).toMatchObject({ created: { companies: 1, challenges: 4 } });
      expect(await db.challenge.count()).toBe(challenges);
    },
  );
});
