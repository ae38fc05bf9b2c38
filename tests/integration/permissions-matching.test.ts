import { beforeAll, describe, expect, it } from "vitest";
import { startMatch } from "~/modules/matching/matches.server";
import * as applicantsRoute from "~/routes/challenges.$challengeId.applicants";
import * as applyRoute from "~/routes/challenges.$challengeId.apply";
import * as introduceRoute from "~/routes/challenges.$challengeId.introduce.$profileId";
import * as scoutRoute from "~/routes/challenges.$challengeId.scout.$profileId";
import * as matchRoute from "~/routes/matches.$matchId._index";
import * as reviewRoute from "~/routes/matches.$matchId.review";
import * as matchesRoute from "~/routes/matches._index";
import * as pickScoutRoute from "~/routes/pros.$profileId.scout";
import { resetDatabase } from "../support/database";
import { seedMatchingMarket, type MatchingMarket } from "../support/matching";
import { callRoute, statusLine, visitorMatrix } from "../support/routes";

/**
 * Every loader and action of matching, as each kind of visitor. The match under test is
 * between company A's open challenge and the visible professional ("applicant"); the
 * anonymous professional and the other professional ("outsider") have nothing to do
 * with it, and neither has company B's member.
 */
type Visitor =
  "anonymous" | "applicant" | "outsider" | "owner" | "memberB" | "coordinator" | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "applicant",
  "outsider",
  "owner",
  "memberB",
  "coordinator",
  "admin",
];
let market: MatchingMarket;
let matchId = "";

function cookieOf(visitor: Visitor) {
  switch (visitor) {
    case "anonymous":
      return undefined;
    case "applicant":
      return market.visible.cookie;
    case "outsider":
      return market.outsider.cookie;
    case "owner":
      return market.owner.cookie;
    case "memberB":
      return market.memberB.cookie;
    case "coordinator":
      return market.coordinator.cookie;
    case "admin":
      return market.admin.cookie;
  }
}

beforeAll(async () => {
  await resetDatabase();
  market = await seedMatchingMarket();
  const started = await startMatch({
    challengeId: market.challenge.id,
    profileId: market.visible.profile.id,
    source: "APPLICATION",
    message: "よろしくお願いします",
    actor: { id: market.visible.user.id },
  });
  if (!started.ok) throw new Error("could not start the match");
  matchId = started.matchId;
});

const matrix = visitorMatrix(visitors, (visitor) => cookieOf(visitor));

const toLogin = "302 /login";
function expected(outcomes: Partial<Record<Visitor, string>>, otherwise: string) {
  return Object.fromEntries(
    visitors.map((visitor) => [
      visitor,
      outcomes[visitor] ?? (visitor === "anonymous" ? toLogin : otherwise),
    ]),
  );
}

describe("starting a match", () => {
  it("GET /challenges/:id/apply: professionals only; the applicant is sent to their match", async () => {
    const challengeId = market.challenge.id;
    expect(
      await matrix(applyRoute.loader, `/challenges/${challengeId}/apply`, {
        params: { challengeId },
      }),
    ).toEqual(expected({ applicant: `302 /matches/${matchId}`, outsider: "302 /profile" }, "403"));
  });

  it("GET /challenges/:id/apply for a draft: 404 for a professional", async () => {
    const challengeId = market.draft.id;
    const outcome = await callRoute(applyRoute.loader, {
      path: `/challenges/${challengeId}/apply`,
      params: { challengeId },
      cookie: market.anonymous.cookie,
    });
    expect(outcome.status).toBe(404);
  });

  it("POST /challenges/:id/apply: professionals only", async () => {
    const challengeId = market.challenge.id;
    const form = { kind: "CASUAL_TALK", message: "" };
    expect(
      await matrix(applyRoute.action, `/challenges/${challengeId}/apply`, {
        params: { challengeId },
        form,
      }),
    ).toEqual(expected({ applicant: `302 /matches/${matchId}`, outsider: "302 /profile" }, "403"));
  });

  it("GET and POST a scout of the anonymous professional: company A's members only", async () => {
    const params = { challengeId: market.challenge.id, profileId: market.anonymous.profile.id };
    const path = `/challenges/${params.challengeId}/scout/${params.profileId}`;
    const outcomes = expected({ owner: "200", memberB: "403" }, "403");
    expect(await matrix(scoutRoute.loader, path, { params })).toEqual(outcomes);
    expect(await matrix(scoutRoute.action, path, { params, form: { message: "" } })).toEqual(
      outcomes,
    );
  });

  it("a scout of a hidden or blocking professional: 404 even for company A", async () => {
    const { db } = await import("~/lib/db.server");
    await db.profileBlock.create({
      data: { profileId: market.anonymous.profile.id, companyId: market.companyA.id },
    });
    const params = { challengeId: market.challenge.id, profileId: market.anonymous.profile.id };
    const outcome = await callRoute(scoutRoute.loader, {
      path: `/challenges/${params.challengeId}/scout/${params.profileId}`,
      params,
      cookie: market.owner.cookie,
    });
    expect(outcome.status).toBe(404);
    const introduce = await callRoute(introduceRoute.loader, {
      path: `/challenges/${params.challengeId}/introduce/${params.profileId}`,
      params,
      cookie: market.coordinator.cookie,
    });
    expect(introduce.status).toBe(404);
    await db.profileBlock.deleteMany({ where: { profileId: market.anonymous.profile.id } });
  });

  it("GET and POST an introduction: coordinators and admins only", async () => {
    const params = { challengeId: market.challenge.id, profileId: market.anonymous.profile.id };
    const path = `/challenges/${params.challengeId}/introduce/${params.profileId}`;
    const outcomes = expected({ coordinator: "200", admin: "200" }, "403");
    expect(await matrix(introduceRoute.loader, path, { params })).toEqual(outcomes);
    expect(await matrix(introduceRoute.action, path, { params, form: { message: "" } })).toEqual(
      outcomes,
    );
  });

  it("GET /pros/:id/scout: company members who can see the profile", async () => {
    const profileId = market.anonymous.profile.id;
    expect(
      await matrix(pickScoutRoute.loader, `/pros/${profileId}/scout`, { params: { profileId } }),
    ).toEqual(expected({ owner: "200", memberB: "200" }, "403"));
    const picked = await callRoute(pickScoutRoute.loader, {
      path: `/pros/${profileId}/scout?challengeId=${market.challenge.id}`,
      params: { profileId },
      cookie: market.owner.cookie,
    });
    expect(statusLine(picked)).toBe(`302 /challenges/${market.challenge.id}/scout/${profileId}`);
    // Company B cannot scout for A's challenge by putting its id in the URL.
    const foreign = await callRoute(pickScoutRoute.loader, {
      path: `/pros/${profileId}/scout?challengeId=${market.challenge.id}`,
      params: { profileId },
      cookie: market.memberB.cookie,
    });
    expect(foreign.status).toBe(200);
  });
});

describe("a match", () => {
  it("GET /matches: everyone signed in, each their own", async () => {
    expect(await matrix(matchesRoute.loader, "/matches")).toEqual(expected({}, "200"));
    const memberB = await callRoute(matchesRoute.loader, {
      path: "/matches",
      cookie: market.memberB.cookie,
    });
    expect((memberB.data as { total: number }).total).toBe(0);
    const outsider = await callRoute(matchesRoute.loader, {
      path: "/matches",
      cookie: market.outsider.cookie,
    });
    expect((outsider.data as { total: number }).total).toBe(0);
  });

  it("GET /matches/:id: the parties, coordinators and admins; 404 for everyone else", async () => {
    expect(await matrix(matchRoute.loader, `/matches/${matchId}`, { params: { matchId } })).toEqual(
      expected({ applicant: "200", owner: "200", coordinator: "200", admin: "200" }, "404"),
    );
  });

  it("POST /matches/:id: outsiders get 404; a party without that move gets an error", async () => {
    const form = { intent: "move", to: "PROPOSAL" };
    expect(
      await matrix(matchRoute.action, `/matches/${matchId}`, { params: { matchId }, form }),
    ).toEqual(
      expected({ applicant: "200", owner: "200", coordinator: "200", admin: "200" }, "404"),
    );
    // Nothing moved: the company has not taken the application up yet.
    const { db } = await import("~/lib/db.server");
    expect((await db.match.findUniqueOrThrow({ where: { id: matchId } })).stage).toBe("INTERESTED");
  });

  it("GET and POST /matches/:id/review: the parties only, once completed", async () => {
    const params = { matchId };
    const path = `/matches/${matchId}/review`;
    const outcomes = expected(
      {
        applicant: `302 /matches/${matchId}`,
        owner: `302 /matches/${matchId}`,
        coordinator: "403",
        admin: "403",
      },
      "404",
    );
    expect(await matrix(reviewRoute.loader, path, { params })).toEqual(outcomes);
    expect(
      await matrix(reviewRoute.action, path, { params, form: { rating: "5", comment: "x" } }),
    ).toEqual(outcomes);
  });

  it("GET /challenges/:id/applicants: company A, coordinators and admins", async () => {
    const challengeId = market.challenge.id;
    expect(
      await matrix(applicantsRoute.loader, `/challenges/${challengeId}/applicants`, {
        params: { challengeId },
      }),
    ).toEqual(expected({ owner: "200", coordinator: "200", admin: "200" }, "403"));
    const draftId = market.draft.id;
    expect(
      await matrix(applicantsRoute.loader, `/challenges/${draftId}/applicants`, {
        params: { challengeId: draftId },
      }),
    ).toEqual(expected({ owner: "200" }, "404"));
  });
});
