import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { changeChallengeStatus } from "~/modules/challenges/lifecycle.server";
import { listCompanyChallenges } from "~/modules/challenges/challenges.server";
import { createNote } from "~/modules/coordination/notes.server";
import { requireNoteSubject } from "~/modules/coordination/notes.server";
import { assignRegions as assignRegionsAsAdmin } from "~/modules/coordination/regions.server";
import * as challengeRoute from "~/routes/challenges.$challengeId._index";
import * as draftRoute from "~/routes/console.consultations.$consultationId.draft";
import * as newConsultationRoute from "~/routes/console.consultations.new";
import * as intakeRoute from "~/routes/console.intake";
import * as notesRoute from "~/routes/console.notes";
import * as matchRoute from "~/routes/matches.$matchId._index";
import { createTestChallenge } from "../support/challenges";
import { seedRegions, type RegionsMarket } from "../support/coordination";
import { resetDatabase } from "../support/database";
import { createTestSkills } from "../support/market";
import { callRoute, statusLine } from "../support/routes";

let market: RegionsMarket;

beforeEach(async () => {
  await resetDatabase();
  market = await seedRegions();
});

type Reply = { result: { error?: Record<string, string[]> } };

describe("intake", () => {
  it("the first publication puts a challenge in the queue; later ones do not", async () => {
    const [skill] = await createTestSkills([{ ja: "生産管理", en: "Production control" }]);
    const draft = await createTestChallenge(market.nagano.company.id, {
      status: "DRAFT",
      requiredSkillIds: [skill!.id],
      createdById: market.nagano.owner.user.id,
    });
    const actor = { id: market.nagano.owner.user.id };
    expect(
      await changeChallengeStatus({ challengeId: draft.id, actor, action: "publish" }),
    ).toMatchObject({ ok: true });
    const row = () =>
      db.challenge.findUniqueOrThrow({ where: { id: draft.id }, select: { intakeStatus: true } });
    expect((await row()).intakeStatus).toBe("PENDING");
    await db.challenge.update({ where: { id: draft.id }, data: { intakeStatus: "REVIEWED" } });
    await changeChallengeStatus({ challengeId: draft.id, actor, action: "pause" });
    await changeChallengeStatus({ challengeId: draft.id, actor, action: "resume" });
    expect((await row()).intakeStatus).toBe("REVIEWED");
  });

  it("sending back records the comment, notifies the members and shows it to them only", async () => {
    const challengeId = market.nagano.challenge.id;
    const outcome = await callRoute(intakeRoute.action, {
      path: "/console/intake",
      cookie: market.coordinatorNagano.cookie,
      form: {
        intent: "return",
        challengeId,
        comment: "成果の定義を数字で書いてください",
        redirectTo: `/challenges/${challengeId}`,
      },
    });
    expect(statusLine(outcome)).toBe(`302 /challenges/${challengeId}`);
    const challenge = await db.challenge.findUniqueOrThrow({ where: { id: challengeId } });
    expect(challenge.intakeStatus).toBe("RETURNED");
    expect(challenge.intakeComment).toBe("成果の定義を数字で書いてください");
    const notifications = await db.notification.findMany({ where: { kind: "challenge.returned" } });
    expect(notifications.map((row) => row.userId)).toEqual([market.nagano.owner.user.id]);
    expect(notifications[0]!.href).toBe(`/challenges/${challengeId}`);
    const page = async (cookie?: string) =>
      (
        await callRoute(challengeRoute.loader, {
          path: `/challenges/${challengeId}`,
          params: { challengeId },
          cookie,
        })
      ).data as { intakeNote: { comment: string } | null; canIntake: boolean };
    expect((await page(market.nagano.owner.cookie)).intakeNote?.comment).toBe(
      "成果の定義を数字で書いてください",
    );
    expect((await page(undefined)).intakeNote).toBeNull();
    expect((await page(market.pro.cookie)).intakeNote).toBeNull();
    expect((await page(market.coordinatorNagano.cookie)).canIntake).toBe(true);
    expect((await page(market.coordinatorKochi.cookie)).canIntake).toBe(false);
    expect(await db.auditLog.count({ where: { action: "challenge.intake.returned" } })).toBe(1);
  });

  it("a return needs a comment; review and take-in leave the queue", async () => {
    const challengeId = market.nagano.challenge.id;
    const empty = await callRoute(intakeRoute.action, {
      path: "/console/intake",
      cookie: market.coordinatorNagano.cookie,
      form: { intent: "return", challengeId, comment: " " },
    });
    expect((empty.data as Reply).result.error?.comment).toEqual(["coordination.errors.comment"]);
    for (const form of [
      { intent: "review", challengeId } as Record<string, string>,
      { intent: "takeIn", companyId: market.nagano.company.id },
    ]) {
      const done = await callRoute(intakeRoute.action, {
        path: "/console/intake",
        cookie: market.coordinatorNagano.cookie,
        form,
      });
      expect(statusLine(done)).toBe("302 /console/intake");
    }
    const queue = (
      await callRoute(intakeRoute.loader, {
        path: "/console/intake",
        cookie: market.coordinatorNagano.cookie,
      })
    ).data as { queue: { pending: unknown[]; companies: unknown[]; returned: unknown[] } };
    expect(queue.queue).toMatchObject({ pending: [], companies: [], returned: [] });
    const challenge = await db.challenge.findUniqueOrThrow({ where: { id: challengeId } });
    expect(challenge.intakeStatus).toBe("REVIEWED");
    expect(challenge.intakeReviewedAt).not.toBeNull();
  });
});

describe("consultations", () => {
  const valid = () => ({
    companyId: market.nagano.company.id,
    heldOn: "2026-01-15",
    topic: "受発注の DX について",
    outcome: "FOLLOW_UP",
    note: "次回は工場見学",
  });

  it("validates the day, the topic and the outcome", async () => {
    const post = (form: Record<string, string>) =>
      callRoute(newConsultationRoute.action, {
        path: "/console/consultations/new",
        cookie: market.coordinatorNagano.cookie,
        form,
      });
    const future = await post({ ...valid(), heldOn: "2999-01-01" });
    expect((future.data as Reply).result.error?.heldOn).toEqual(["coordination.errors.future"]);
    const long = await post({ ...valid(), topic: "あ".repeat(201), outcome: "MAYBE" });
    expect((long.data as Reply).result.error).toMatchObject({
      topic: ["reference.errors.tooLong"],
      outcome: ["coordination.errors.outcome"],
    });
    const bad = await post({ ...valid(), heldOn: "2026-02-30" });
    expect((bad.data as Reply).result.error?.heldOn).toEqual(["reference.errors.date"]);
    expect(await db.consultation.count()).toBe(0);
    expect(statusLine(await post(valid()))).toBe("302 /console/consultations");
    const row = await db.consultation.findFirstOrThrow();
    expect(row).toMatchObject({
      coordinatorId: market.coordinatorNagano.user.id,
      topic: "受発注の DX について",
      outcome: "FOLLOW_UP",
    });
    expect(row.heldOn.toISOString()).toBe("2026-01-14T15:00:00.000Z");
  });

  it("CHALLENGE_DRAFTED leads to a DRAFT for the company, created by the coordinator", async () => {
    const [skill] = await createTestSkills([{ ja: "ECサイト", en: "E-commerce site" }]);
    const recorded = await callRoute(newConsultationRoute.action, {
      path: "/console/consultations/new",
      cookie: market.coordinatorNagano.cookie,
      form: { ...valid(), outcome: "CHALLENGE_DRAFTED" },
    });
    const consultation = await db.consultation.findFirstOrThrow();
    expect(statusLine(recorded)).toBe(`302 /console/consultations/${consultation.id}/draft`);
    const form = {
      title: "EC サイトを立ち上げたい",
      summary: "自社の味噌を全国へ届ける EC を作ります。",
      background: "販路は地元の小売店だけです。",
      successCriteria: "EC の売上が月 100 万円になる",
      deliverables: "",
      category: "SALES_CHANNELS",
      requiredSkills: skill!.nameJa,
      niceToHaveSkills: "",
      engagementTypes: ["SIDE_JOB"],
      workStyle: "REMOTE",
      onsiteVisitsPerMonth: "0",
      hoursPerWeek: "8",
      durationMonths: "6",
      compensationType: "MONTHLY",
      compensationMin: "100000",
      compensationMax: "200000",
      prefectureCode: "20",
      municipality: "松本市",
    };
    const params = { consultationId: consultation.id };
    const path = `/console/consultations/${consultation.id}/draft`;
    const saved = await callRoute(draftRoute.action, {
      path,
      params,
      cookie: market.coordinatorNagano.cookie,
      form,
    });
    expect(statusLine(saved)).toBe(`302 /companies/${market.nagano.company.id}`);
    const linked = await db.consultation.findUniqueOrThrow({
      where: { id: consultation.id },
      select: {
        challenge: { select: { id: true, status: true, createdById: true, companyId: true } },
      },
    });
    expect(linked.challenge).toMatchObject({
      status: "DRAFT",
      createdById: market.coordinatorNagano.user.id,
      companyId: market.nagano.company.id,
    });
    // The company's members see it among their drafts, to review and publish.
    const { challenges } = await listCompanyChallenges(market.nagano.company.id, "DRAFT");
    expect(challenges.map((row) => row.id)).toContain(linked.challenge!.id);
    // One draft per consultation.
    const again = await callRoute(draftRoute.loader, {
      path,
      params,
      cookie: market.coordinatorNagano.cookie,
    });
    expect(statusLine(again)).toBe("302 /console/consultations");
  });
});

describe("notes", () => {
  it("mentions coordinators who can see the subject, and notifies them", async () => {
    const subject = await requireNoteSubject(
      market.coordinatorNagano.user,
      "company",
      market.nagano.company.id,
    );
    const kochiLocal = market.coordinatorKochi.user.email.split("@")[0];
    const note = await createNote(
      { ...market.coordinatorNagano.user },
      subject,
      `@${market.coordinatorNagano2.user.name.replace(" ", "")} 来週の訪問をお願いします。@${kochiLocal} も見てください`,
    );
    // Kochi's coordinator cannot see a Nagano company: not mentionable.
    expect(note.mentioned).toEqual([market.coordinatorNagano2.user.id]);
    const mentions = await db.noteMention.findMany({ where: { noteId: note.id } });
    expect(mentions.map((row) => row.userId)).toEqual([market.coordinatorNagano2.user.id]);
    const bell = await db.notification.findMany({ where: { kind: "note.mention" } });
    expect(bell).toHaveLength(1);
    expect(bell[0]).toMatchObject({
      userId: market.coordinatorNagano2.user.id,
      href: `/companies/${market.nagano.company.id}`,
    });
    expect(JSON.parse(bell[0]!.params)).toMatchObject({
      challengeTitle: market.nagano.company.name,
      partyName: market.coordinatorNagano.user.name,
    });
  });

  it("editing adds only new mentions; others cannot edit; bodies are limited", async () => {
    const subject = await requireNoteSubject(
      market.coordinatorNagano.user,
      "match",
      market.matchId,
    );
    const note = await createNote({ ...market.coordinatorNagano.user }, subject, "最初のメモ");
    const local = market.coordinatorNagano2.user.email.split("@")[0];
    const update = (cookie: string, body: string) =>
      callRoute(notesRoute.action, {
        path: "/console/notes",
        cookie,
        form: { intent: "update", noteId: note.id, body },
      });
    expect(
      statusLine(await update(market.coordinatorNagano.cookie, `@${local} 見てください`)),
    ).toBe(`302 /matches/${market.matchId}`);
    expect(
      statusLine(await update(market.coordinatorNagano.cookie, `@${local} 追記しました`)),
    ).toBe(`302 /matches/${market.matchId}`);
    expect(await db.notification.count({ where: { kind: "note.mention" } })).toBe(1);
    expect(statusLine(await update(market.coordinatorNagano2.cookie, "横取り"))).toBe("403");
    const tooLong = await update(market.coordinatorNagano.cookie, "あ".repeat(2001));
    expect(tooLong.status).toBe(302);
    expect((await db.coordinatorNote.findUniqueOrThrow({ where: { id: note.id } })).body).toBe(
      `@${local} 追記しました`,
    );
    // Deleting it removes it.
    const deleted = await callRoute(notesRoute.action, {
      path: "/console/notes",
      cookie: market.coordinatorNagano.cookie,
      form: { intent: "delete", noteId: note.id },
    });
    expect(statusLine(deleted)).toBe(`302 /matches/${market.matchId}`);
    expect(await db.coordinatorNote.count()).toBe(0);
  });
});

describe("regions", () => {
  it("the admin's assignment replaces the list and is audited; non-coordinators are refused", async () => {
    const admin = market.admin.user;
    const userId = market.coordinatorNone.user.id;
    expect(await assignRegionsAsAdmin(admin, { userId, prefectures: ["20", "39"] })).toBe(true);
    expect(await assignRegionsAsAdmin(admin, { userId, prefectures: ["39"] })).toBe(true);
    const rows = await db.coordinatorRegion.findMany({ where: { userId } });
    expect(rows.map((row) => row.prefectureCode)).toEqual(["39"]);
    expect(
      await assignRegionsAsAdmin(admin, { userId: market.pro.user.id, prefectures: ["20"] }),
    ).toBe(false);
    const audits = await db.auditLog.findMany({ where: { action: "coordinator.regions" } });
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[1]!.metadata)).toEqual({ before: ["20", "39"], after: ["39"] });
  });
});

describe("subsidies", () => {
  it("the challenge page shows the prefecture's current schemes to everyone", async () => {
    const today = new Date();
    await db.subsidyScheme.createMany({
      data: [
        {
          prefectureCode: "20",
          name: "交通費補助",
          description: "往復の交通費",
          coverage: "TRAVEL",
          maxAmountYen: 50000,
        },
        {
          prefectureCode: "20",
          name: "終了した制度",
          description: "",
          coverage: "FEE",
          endsOn: new Date(today.getTime() - 86_400_000 * 3),
        },
        {
          prefectureCode: "20",
          name: "無効な制度",
          description: "",
          coverage: "FEE",
          active: false,
        },
        { prefectureCode: "39", name: "高知の制度", description: "", coverage: "FEE" },
      ],
    });
    const challengeId = market.nagano.challenge.id;
    for (const cookie of [undefined, market.pro.cookie, market.nagano.owner.cookie]) {
      const page = await callRoute(challengeRoute.loader, {
        path: `/challenges/${challengeId}`,
        params: { challengeId },
        cookie,
      });
      const names = (page.data as { subsidies: { name: string }[] }).subsidies.map((s) => s.name);
      expect(names).toEqual(["交通費補助"]);
    }
  });

  it("a match records a scheme of its prefecture, or none; others are refused", async () => {
    const [nagano, kochi] = await Promise.all([
      db.subsidyScheme.create({
        data: { prefectureCode: "20", name: "長野の制度", description: "", coverage: "TRAVEL" },
      }),
      db.subsidyScheme.create({
        data: { prefectureCode: "39", name: "高知の制度", description: "", coverage: "FEE" },
      }),
    ]);
    const matchId = market.matchId;
    const record = (cookie: string, subsidySchemeId: string) =>
      callRoute(matchRoute.action, {
        path: `/matches/${matchId}`,
        params: { matchId },
        cookie,
        form: { intent: "subsidy", subsidySchemeId },
      });
    const foreign = await record(market.nagano.owner.cookie, kochi.id);
    expect((foreign.data as Reply).result.error?.[""]).toEqual(["coordination.subsidies.unknown"]);
    expect(statusLine(await record(market.nagano.owner.cookie, nagano.id))).toBe(
      `302 /matches/${matchId}`,
    );
    const used = () =>
      db.match.findUniqueOrThrow({ where: { id: matchId }, select: { subsidySchemeId: true } });
    expect((await used()).subsidySchemeId).toBe(nagano.id);
    const loaded = await callRoute(matchRoute.loader, {
      path: `/matches/${matchId}`,
      params: { matchId },
      cookie: market.coordinatorNagano.cookie,
    });
    expect((loaded.data as { subsidy: { current: { name: string } } }).subsidy.current.name).toBe(
      "長野の制度",
    );
    expect(statusLine(await record(market.coordinatorNagano.cookie, ""))).toBe(
      `302 /matches/${matchId}`,
    );
    expect((await used()).subsidySchemeId).toBeNull();
    expect(await db.auditLog.count({ where: { action: "match.subsidy" } })).toBe(2);
    // The professional sees no subsidy form and cannot record one.
    const pro = await callRoute(matchRoute.loader, {
      path: `/matches/${matchId}`,
      params: { matchId },
      cookie: market.pro.cookie,
    });
    expect((pro.data as { subsidy: unknown }).subsidy).toBeNull();
    expect(statusLine(await record(market.pro.cookie, nagano.id))).toBe("403");
  });
});
