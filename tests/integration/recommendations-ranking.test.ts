import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { recommendChallenges, recommendProfessionals } from "~/modules/matching/recommend.server";
import type { Role } from "~/modules/auth/roles";
import { viewerOf } from "~/modules/professionals/views.server";
import { resetDatabase } from "../support/database";
import { seedRecommendationMarket, type RecommendationMarket } from "../support/recommendations";
import { indexEverything, pendingIds } from "../support/search";

/**
 * Recommendations on the real database and the real embedded engine: ranking follows
 * the scores, visibility and blocks hold for every viewer, a professional gets OPEN
 * challenges only, and a pair scores the same from both sides.
 */
let market: RecommendationMarket;
const now = new Date("2026-12-01T03:00:00Z");

beforeAll(async () => {
  await resetDatabase();
  market = await seedRecommendationMarket();
});

async function viewerFor(user: { id: string; role: Role }) {
  return (await viewerOf(user))!;
}

describe("recommendProfessionals", () => {
  it("ranks the candidates by score, best first, the strongest on top", async () => {
    const viewer = await viewerFor(market.memberA);
    const result = await recommendProfessionals(market.challenges.open.id, viewer, {
      locale: "ja",
      now,
    });
    const items = result!.items;
    expect(items.length).toBeGreaterThanOrEqual(3);
    const totals = items.map((item) => item.score.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(items[0]!.id).toBe(market.profiles.strong.profile.id);
    // Reasons come with the score, in the viewer's terms (message keys with params).
    expect(items[0]!.score.reasons.length).toBeGreaterThan(0);
    const weak = items.find((item) => item.id === market.profiles.weak.profile.id);
    expect(weak!.score.total).toBeLessThan(items[0]!.score.total);
  });

  it("never recommends a HIDDEN profile, whoever asks", async () => {
    for (const user of [market.memberA, market.coordinator.user, market.admin.user]) {
      const viewer = await viewerFor(user);
      const result = await recommendProfessionals(market.challenges.open.id, viewer, {
        locale: "ja",
        now,
      });
      const ids = result!.items.map((item) => item.id);
      expect(ids).not.toContain(market.profiles.hidden.profile.id);
    }
  });

  it("shows an ANONYMOUS profile by its summary, never its name or employer", async () => {
    const viewer = await viewerFor(market.memberA);
    const result = await recommendProfessionals(market.challenges.open.id, viewer, {
      locale: "ja",
      now,
    });
    const item = result!.items.find((entry) => entry.id === market.profiles.anonymous.profile.id);
    expect(item).toBeDefined();
    expect(item!.view).toBe("anonymous");
    expect(item!.name).toBeNull();
    expect(item!.summary).toMatch(/Salesforce/);
    const json = JSON.stringify(item);
    expect(json).not.toContain("匿名 三郎");
    expect(json).not.toContain("土佐商事");
    // A profile shown in full carries its name.
    const strong = result!.items.find((entry) => entry.id === market.profiles.strong.profile.id);
    expect(strong!.view).toBe("full");
    expect(strong!.name).toBe("公開 花子");
  });

  it("never hands a profile to the company it blocks, not even through a coordinator or admin", async () => {
    for (const user of [market.memberA, market.coordinator.user, market.admin.user]) {
      const viewer = await viewerFor(user);
      const result = await recommendProfessionals(market.challenges.open.id, viewer, {
        locale: "ja",
        now,
      });
      expect(result!.items.map((item) => item.id)).not.toContain(
        market.profiles.blocksA.profile.id,
      );
    }
    const viewerB = await viewerFor(market.memberB);
    const forB = await recommendProfessionals(market.challenges.openB.id, viewerB, {
      locale: "ja",
      now,
    });
    const idsB = forB!.items.map((item) => item.id);
    expect(idsB).not.toContain(market.profiles.anonymous.profile.id);
    // …while the profile that blocks A is a fine candidate for B.
    expect(idsB).toContain(market.profiles.blocksA.profile.id);
  });

  it("gives a member candidates for their draft too, and marks a pair already in contact", async () => {
    const viewer = await viewerFor(market.memberA);
    const draft = await recommendProfessionals(market.challenges.paused.id, viewer, {
      locale: "ja",
      now,
    });
    expect(draft!.items.map((item) => item.id)).toContain(market.profiles.strong.profile.id);

    const match = await db.match.create({
      data: {
        challengeId: market.challenges.open.id,
        profileId: market.profiles.weak.profile.id,
        source: "SCOUT",
        stage: "TALKING",
      },
    });
    try {
      const result = await recommendProfessionals(market.challenges.open.id, viewer, {
        locale: "ja",
        now,
      });
      const weak = result!.items.find((item) => item.id === market.profiles.weak.profile.id);
      expect(weak!.match).toEqual({ id: match.id, stage: "TALKING" });
      const strong = result!.items.find((item) => item.id === market.profiles.strong.profile.id);
      expect(strong!.match).toBeNull();
    } finally {
      await db.match.delete({ where: { id: match.id } });
    }
  });

  it("follows the database when the index is behind, and queues the stale document", async () => {
    const viewer = await viewerFor(market.memberA);
    await db.professionalProfile.update({
      where: { id: market.profiles.weak.profile.id },
      data: { visibility: "HIDDEN" },
    });
    try {
      const result = await recommendProfessionals(market.challenges.open.id, viewer, {
        locale: "ja",
        now,
      });
      expect(result!.items.map((item) => item.id)).not.toContain(market.profiles.weak.profile.id);
      expect(await pendingIds("profile")).toContain(market.profiles.weak.profile.id);
    } finally {
      await db.professionalProfile.update({
        where: { id: market.profiles.weak.profile.id },
        data: { visibility: "SIGNED_IN" },
      });
      await indexEverything();
    }
  });

  it("answers null for a challenge that does not exist", async () => {
    const viewer = await viewerFor(market.memberA);
    expect(await recommendProfessionals("nope", viewer, { locale: "ja" })).toBeNull();
  });
});

describe("recommendChallenges", () => {
  it("recommends OPEN challenges only, best first", async () => {
    const result = await recommendChallenges(market.profiles.strong.profile.id, {
      locale: "ja",
      now,
    });
    const ids = result!.items.map((item) => item.id);
    expect(ids).toContain(market.challenges.open.id);
    expect(ids).toContain(market.challenges.openB.id);
    expect(ids).not.toContain(market.challenges.draft.id);
    expect(ids).not.toContain(market.challenges.paused.id);
    expect(ids[0]).toBe(market.challenges.open.id);
    const totals = result!.items.map((item) => item.score.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(result!.items[0]!.company.name).toBe("信州データ工業株式会社");
  });

  it("leaves out the challenges of a company the professional blocks", async () => {
    const result = await recommendChallenges(market.profiles.blocksA.profile.id, {
      locale: "ja",
      now,
    });
    const ids = result!.items.map((item) => item.id);
    expect(ids).not.toContain(market.challenges.open.id);
    expect(ids).toContain(market.challenges.openB.id);
  });

  it("works for a HIDDEN profile too: it is the professional's own", async () => {
    const result = await recommendChallenges(market.profiles.hidden.profile.id, {
      locale: "en",
      now,
    });
    expect(result!.items.map((item) => item.id)).toContain(market.challenges.open.id);
  });

  it("answers null for a profile that does not exist", async () => {
    expect(await recommendChallenges("nope", { locale: "ja" })).toBeNull();
  });
});

describe("both directions", () => {
  it("scores a pair the same from the challenge and from the professional", async () => {
    const viewer = await viewerFor(market.memberA);
    const forChallenge = await recommendProfessionals(market.challenges.open.id, viewer, {
      locale: "ja",
      now,
    });
    for (const candidate of forChallenge!.items) {
      const forProfessional = await recommendChallenges(candidate.id, { locale: "ja", now });
      const same = forProfessional!.items.find((item) => item.id === market.challenges.open.id);
      expect(same, `challenge recommended back to ${candidate.id}`).toBeDefined();
      expect(same!.score).toEqual(candidate.score);
    }
  });
});
