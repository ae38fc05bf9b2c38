import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { actOnMatch, startMatch, writeReview } from "~/modules/matching/matches.server";
import { applicantsOf, listMatches, matchDetail } from "~/modules/matching/views.server";
import * as applyRoute from "~/routes/challenges.$challengeId.apply";
import * as matchRoute from "~/routes/matches.$matchId._index";
import { resetDatabase } from "../support/database";
import { seedMatchingMarket, type MatchingMarket } from "../support/matching";
import { callRoute } from "../support/routes";

let market: MatchingMarket;

beforeEach(async () => {
  await resetDatabase();
  market = await seedMatchingMarket();
});

const day = 86_400_000;

async function notificationsOf(userId: string) {
  return db.notification.findMany({
    where: { userId },
    select: { kind: true, params: true, href: true },
  });
}

describe("an application, from the professional's form to a review", () => {
  it("walks every stage, writes the timeline and tells the other side each time", async () => {
    const { challenge, visible, owner, memberA } = market;
    const applied = await callRoute(applyRoute.action, {
      path: `/challenges/${challenge.id}/apply`,
      params: { challengeId: challenge.id },
      cookie: visible.cookie,
      form: {
        kind: "APPLICATION",
        message: "受発注の仕組みづくりを3社で経験しました。",
        availabilityConfirmed: "on",
      },
    });
    const match = await db.match.findFirstOrThrow({ where: { challengeId: challenge.id } });
    expect(applied.location).toBe(`/matches/${match.id}`);
    expect(match).toMatchObject({
      source: "APPLICATION",
      stage: "INTERESTED",
      availabilityConfirmed: true,
    });
    expect(match.professionalAcceptedAt).not.toBeNull();
    expect(match.companyAcceptedAt).toBeNull();

    // Both company members hear of it, by bell and by email; the applicant does not.
    for (const member of [owner.user, memberA.user]) {
      const notes = await notificationsOf(member.id);
      expect(notes).toEqual([
        {
          kind: "match.applied",
          href: `/matches/${match.id}`,
          params: expect.stringContaining("公開 花子"),
        },
      ]);
    }
    expect(await notificationsOf(visible.user.id)).toEqual([]);
    expect(await db.emailOutbox.count({ where: { to: owner.user.email } })).toBe(1);

    const taken = await callRoute(matchRoute.action, {
      path: `/matches/${match.id}`,
      params: { matchId: match.id },
      cookie: owner.cookie,
      form: { intent: "accept" },
    });
    expect(taken.location).toBe(`/matches/${match.id}`);
    for (const to of ["CONTRACTED", "COMPLETED"]) {
      const moved = await callRoute(matchRoute.action, {
        path: `/matches/${match.id}`,
        params: { matchId: match.id },
        cookie: owner.cookie,
        form: { intent: "move", to, note: to === "CONTRACTED" ? "月20万円で合意" : "" },
      });
      expect(moved.status).toBe(302);
    }
    const done = await db.match.findUniqueOrThrow({ where: { id: match.id } });
    expect(done.stage).toBe("COMPLETED");
    expect(done.contractedAt).not.toBeNull();
    expect(done.completedAt).not.toBeNull();

    const events = await db.matchEvent.findMany({
      where: { matchId: match.id },
      orderBy: { createdAt: "asc" },
      select: { kind: true, fromStage: true, toStage: true, actorSide: true, note: true },
    });
    expect(events).toEqual([
      {
        kind: "created",
        fromStage: null,
        toStage: "INTERESTED",
        actorSide: "professional",
        note: "受発注の仕組みづくりを3社で経験しました。",
      },
      {
        kind: "accepted",
        fromStage: "INTERESTED",
        toStage: "TALKING",
        actorSide: "company",
        note: null,
      },
      {
        kind: "stage",
        fromStage: "TALKING",
        toStage: "CONTRACTED",
        actorSide: "company",
        note: "月20万円で合意",
      },
      {
        kind: "stage",
        fromStage: "CONTRACTED",
        toStage: "COMPLETED",
        actorSide: "company",
        note: null,
      },
    ]);
    // The professional heard of the acceptance and both moves; the other member of each too.
    expect((await notificationsOf(visible.user.id)).map((note) => note.kind)).toEqual([
      "match.accepted",
      "match.stage",
      "match.stage",
    ]);
    expect((await notificationsOf(memberA.user.id)).map((note) => note.kind)).toEqual([
      "match.applied",
      "match.accepted",
      "match.stage",
      "match.stage",
    ]);

    // Reviews: private to coordinators until both have written.
    await writeReview({
      matchId: match.id,
      side: "company",
      rating: 5,
      comment: "助かりました",
      wouldWorkAgain: true,
      actor: { id: owner.user.id },
    });
    const forProfessional = await matchDetail(match.id, visible.user, "professional", "ja");
    expect(forProfessional.reviews).toEqual([]);
    expect(forProfessional.canReview).toBe(true);
    const forCoordinator = await matchDetail(
      match.id,
      market.coordinator.user,
      "coordinator",
      "ja",
    );
    expect(forCoordinator.reviews.map((review) => review.authorSide)).toEqual(["company"]);
    const later = new Date(done.completedAt!.getTime() + 15 * day);
    expect(
      (await matchDetail(match.id, visible.user, "professional", "ja", later)).reviews,
    ).toHaveLength(1);

    await writeReview({
      matchId: match.id,
      side: "professional",
      rating: 4,
      comment: "良い経験でした",
      actor: { id: visible.user.id },
    });
    const forCompany = await matchDetail(match.id, owner.user, "company", "ja");
    expect(
      forCompany.reviews.map((review) => [review.authorSide, review.rating, review.wouldWorkAgain]),
    ).toEqual(
      expect.arrayContaining([
        ["company", 5, true],
        ["professional", 4, null],
      ]),
    );
    expect(
      await writeReview({
        matchId: match.id,
        side: "professional",
        rating: 1,
        comment: "二回目",
        actor: { id: visible.user.id },
      }),
    ).toEqual({ ok: false, reason: "exists" });
  });

  it("refuses an application without the availability check, keeping what was typed", async () => {
    const { challenge, visible } = market;
    const outcome = await callRoute(applyRoute.action, {
      path: `/challenges/${challenge.id}/apply`,
      params: { challengeId: challenge.id },
      cookie: visible.cookie,
      form: { kind: "APPLICATION", message: "よろしくお願いします" },
    });
    expect(outcome.status).toBe(200);
    const result = (
      outcome.data as {
        result: { error: Record<string, string[]>; initialValue: Record<string, string> };
      }
    ).result;
    expect(result.error.availabilityConfirmed).toEqual(["matches.apply.confirmRequired"]);
    expect(result.initialValue.message).toBe("よろしくお願いします");
    expect(await db.match.count()).toBe(0);
  });

  it("takes a casual talk without a message or commitment", async () => {
    const { challenge, visible } = market;
    await callRoute(applyRoute.action, {
      path: `/challenges/${challenge.id}/apply`,
      params: { challengeId: challenge.id },
      cookie: visible.cookie,
      form: { kind: "CASUAL_TALK", message: "" },
    });
    const match = await db.match.findFirstOrThrow();
    expect(match).toMatchObject({ source: "CASUAL_TALK", availabilityConfirmed: false });
    expect((await notificationsOf(market.owner.user.id)).map((note) => note.kind)).toEqual([
      "match.casualTalk",
    ]);
    // The company declines through the page's form, which sends the intent on its button.
    const declined = await callRoute(matchRoute.action, {
      path: `/matches/${match.id}`,
      params: { matchId: match.id },
      cookie: market.memberA.cookie,
      form: { intent: "decline", reason: "TIMING", note: "" },
    });
    expect(declined.location).toBe(`/matches/${match.id}`);
    const refused = await callRoute(matchRoute.action, {
      path: `/matches/${match.id}`,
      params: { matchId: match.id },
      cookie: market.memberA.cookie,
      form: { intent: "decline", reason: "NOT_A_REASON" },
    });
    expect(refused.status).toBe(200);
    expect(await db.match.findUniqueOrThrow({ where: { id: match.id } })).toMatchObject({
      stage: "DECLINED",
      endReason: "TIMING",
    });
  });
});

describe("a scout of an anonymous professional: staged disclosure", () => {
  it("shows the company the summary until the professional accepts, then name and contact", async () => {
    const { challenge, anonymous, owner } = market;
    const started = await startMatch({
      challengeId: challenge.id,
      profileId: anonymous.profile.id,
      source: "SCOUT",
      message: "ぜひお話を",
      actor: { id: owner.user.id },
    });
    if (!started.ok) throw new Error("scout failed");
    const before = await matchDetail(started.matchId, owner.user, "company", "ja");
    expect(before.professional.disclosure).toBe("anonymous");
    expect(JSON.stringify(before)).not.toContain("匿名 太郎");
    expect(JSON.stringify(before)).not.toContain(anonymous.user.email);
    expect(JSON.stringify(await listMatches(owner.user, { page: 1 }, "ja"))).not.toContain(
      "匿名 太郎",
    );
    expect(
      JSON.stringify(await applicantsOf(challenge.id, owner.user, "score", "ja")),
    ).not.toContain("匿名 太郎");
    // The professional was told, with the company's name; nobody else on their side exists.
    expect(await notificationsOf(anonymous.user.id)).toEqual([
      {
        kind: "match.scouted",
        href: `/matches/${started.matchId}`,
        params: expect.stringContaining("A社"),
      },
    ]);

    expect(
      await actOnMatch({
        matchId: started.matchId,
        side: "professional",
        action: { kind: "accept" },
        actor: { id: anonymous.user.id },
      }),
    ).toEqual({ ok: true, stage: "TALKING" });
    const after = await matchDetail(started.matchId, owner.user, "company", "ja");
    expect(after.professional).toMatchObject({
      disclosure: "contact",
      name: "匿名 太郎",
      email: anonymous.user.email,
    });
    expect(after.companyContacts.map((contact) => contact.name)).toContain("A社 オーナー");
    // The company's notification of the acceptance names the professional now.
    const accepted = (await notificationsOf(market.memberA.user.id)).find(
      (note) => note.kind === "match.accepted",
    );
    expect(accepted?.params).toContain("匿名 太郎");
  });

  it("treats a casual-talk request as the professional's consent to be seen", async () => {
    const { challenge, anonymous } = market;
    const started = await startMatch({
      challengeId: challenge.id,
      profileId: anonymous.profile.id,
      source: "CASUAL_TALK",
      message: "",
      actor: { id: anonymous.user.id },
    });
    if (!started.ok) throw new Error("start failed");
    // A casual-talk request is the professional's own agreement: the company sees them.
    const detail = await matchDetail(started.matchId, market.owner.user, "company", "ja");
    expect(detail.professional.disclosure).toBe("contact");
  });

  it("lets the professional decline a scout with a reason, and the company hears of it", async () => {
    const { challenge, anonymous, owner } = market;
    const started = await startMatch({
      challengeId: challenge.id,
      profileId: anonymous.profile.id,
      source: "SCOUT",
      message: "ぜひ",
      actor: { id: owner.user.id },
    });
    if (!started.ok) throw new Error("scout failed");
    const ended = await actOnMatch({
      matchId: started.matchId,
      side: "professional",
      action: { kind: "end", reason: "TIMING" },
      note: "今は本業が忙しいため",
      actor: { id: anonymous.user.id },
    });
    expect(ended).toEqual({ ok: true, stage: "WITHDRAWN" });
    const match = await db.match.findUniqueOrThrow({ where: { id: started.matchId } });
    expect(match).toMatchObject({
      endReason: "TIMING",
      endNote: "今は本業が忙しいため",
      professionalAcceptedAt: null,
    });
    const ownerNotes = await notificationsOf(owner.user.id);
    expect(ownerNotes.map((note) => note.kind)).toEqual(["match.ended"]);
    // Declining is not consent: the company still does not learn who it was.
    expect(ownerNotes[0]!.params).not.toContain("匿名 太郎");
    const detail = await matchDetail(started.matchId, owner.user, "company", "ja");
    expect(detail.timeline.map((event) => [event.kind, event.actorName])).toEqual([
      ["created", "A社 オーナー"],
      ["ended", null],
    ]);
    expect(JSON.stringify(detail)).not.toContain("匿名 太郎");
  });
});

describe("an introduction: double opt-in", () => {
  it("waits for both sides, then opens the talk; the coordinator's act is audited", async () => {
    const { challenge, anonymous, owner, coordinator } = market;
    const started = await startMatch({
      challengeId: challenge.id,
      profileId: anonymous.profile.id,
      source: "INTRODUCTION",
      message: "Python の経験が課題にぴったりです",
      actor: { id: coordinator.user.id },
    });
    if (!started.ok) throw new Error("introduction failed");
    expect(
      await db.auditLog.count({ where: { action: "match.introduce", targetId: started.matchId } }),
    ).toBe(1);
    expect((await notificationsOf(anonymous.user.id)).map((note) => note.kind)).toEqual([
      "match.introduced",
    ]);
    expect((await notificationsOf(owner.user.id)).map((note) => note.kind)).toEqual([
      "match.introduced",
    ]);

    // The company cannot move it before both agreed.
    expect(
      await actOnMatch({
        matchId: started.matchId,
        side: "company",
        action: { kind: "move", to: "TALKING" },
        actor: { id: owner.user.id },
      }),
    ).toEqual({ ok: false, reason: "notAllowed" });
    expect(
      await actOnMatch({
        matchId: started.matchId,
        side: "company",
        action: { kind: "accept" },
        actor: { id: owner.user.id },
      }),
    ).toEqual({ ok: true, stage: "INTERESTED" });
    expect(
      (await matchDetail(started.matchId, owner.user, "company", "ja")).professional.disclosure,
    ).toBe("anonymous");
    expect(
      await actOnMatch({
        matchId: started.matchId,
        side: "professional",
        action: { kind: "accept" },
        actor: { id: anonymous.user.id },
      }),
    ).toEqual({ ok: true, stage: "TALKING" });
    // The introducer hears of both acceptances.
    expect((await notificationsOf(coordinator.user.id)).map((note) => note.kind)).toEqual([
      "match.accepted",
      "match.accepted",
    ]);
  });
});

describe("one match per pair, and blocks", () => {
  it("answers a second start with the existing match", async () => {
    const { challenge, visible } = market;
    const first = await startMatch({
      challengeId: challenge.id,
      profileId: visible.profile.id,
      source: "APPLICATION",
      message: "a",
      actor: { id: visible.user.id },
    });
    const second = await startMatch({
      challengeId: challenge.id,
      profileId: visible.profile.id,
      source: "SCOUT",
      message: "b",
      actor: { id: market.owner.user.id },
    });
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, reason: "exists", matchId: first.ok ? first.matchId : "" });
  });

  it("refuses a pair whose professional blocks the company, and a challenge that is not open", async () => {
    const { challenge, draft, visible, companyA } = market;
    await db.profileBlock.create({
      data: { profileId: visible.profile.id, companyId: companyA.id },
    });
    expect(
      await startMatch({
        challengeId: challenge.id,
        profileId: visible.profile.id,
        source: "APPLICATION",
        message: "a",
        actor: { id: visible.user.id },
      }),
    ).toEqual({ ok: false, reason: "blocked" });
    expect(
      await startMatch({
        challengeId: draft.id,
        profileId: market.anonymous.profile.id,
        source: "APPLICATION",
        message: "a",
        actor: { id: market.anonymous.user.id },
      }),
    ).toEqual({ ok: false, reason: "notOpen" });
    expect(await db.match.count()).toBe(0);
  });
});

describe("applicants ranked by score", () => {
  it("orders by the pair score and gives reasons", async () => {
    const { challenge, visible, anonymous } = market;
    // The anonymous professional also wants to work in the challenge's prefecture: a better fit.
    await db.profileRegion.create({
      data: { profileId: anonymous.profile.id, prefectureCode: challenge.prefectureCode },
    });
    for (const person of [visible, anonymous]) {
      await startMatch({
        challengeId: challenge.id,
        profileId: person.profile.id,
        source: "APPLICATION",
        message: "よろしく",
        actor: { id: person.user.id },
      });
    }
    const { items } = await applicantsOf(challenge.id, market.owner.user, "score", "ja");
    expect(items).toHaveLength(2);
    expect(items[0]!.score.total).toBeGreaterThanOrEqual(items[1]!.score.total);
    expect(items[0]!.professional.profileId).toBe(anonymous.profile.id);
    expect(items[0]!.score.reasons.length).toBeGreaterThan(0);
  });
});
