import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import * as auditRoute from "~/routes/admin.audit";
import * as pipelineRoute from "~/routes/console.pipeline";
import { resetDatabase } from "../support/database";
import { seedConsoleMarket, type ConsoleMarket } from "../support/console";
import { callRoute } from "../support/routes";

/** The board through its route: what it shows, allowed and refused moves, their audit. */
let market: ConsoleMarket;

beforeEach(async () => {
  await resetDatabase();
  market = await seedConsoleMarket();
});

type Card = {
  id: string;
  stage: string;
  stale: boolean;
  ageDays: number;
  moves: string[];
  professional: { disclosed: boolean; label: string };
};
async function board(path: string, cookie = market.coordinatorNagano.cookie) {
  const outcome = await callRoute(pipelineRoute.loader, { path, cookie });
  expect(outcome.status).toBe(200);
  return (outcome.data as { board: { cards: Card[]; ended: Card[] } }).board;
}

describe("the pipeline board", () => {
  it("flags stale matches, offers the state machine's moves, and keeps anonymous pros anonymous", async () => {
    await db.match.update({
      where: { id: market.matches.m1.id },
      data: { lastActivityAt: new Date() },
    });
    const { cards } = await board("/console/pipeline");
    const byId = new Map(cards.map((card) => [card.id, card]));
    const m1 = byId.get(market.matches.m1.id)!;
    expect(m1).toMatchObject({ stage: "CONTRACTED", stale: false, ageDays: 0 });
    expect(m1.moves).toEqual(["WORKING", "COMPLETED"]);
    expect(m1.professional).toEqual({ disclosed: true, label: "公開 一郎" });
    const m3 = byId.get(market.matches.m3.id)!;
    expect(m3.stale).toBe(true); // idle since May 2026
    expect(m3.moves).toEqual([]); // the company has not agreed
    expect(m3.professional.disclosed).toBe(false);
    expect(m3.professional.label).not.toContain("匿名 二郎");
    expect(byId.get(market.matches.m2.id)).toMatchObject({ stage: "COMPLETED", stale: false });
  });

  it("filters by category, coordinator and age", async () => {
    const ids = (cards: Card[]) => cards.map((card) => card.id).sort();
    const { m1, m3, m4, m5 } = market.matches;
    expect(ids((await board("/console/pipeline?category=DX_IT")).cards)).toEqual(
      [m1.id, m3.id, m4.id, m5.id].sort(),
    );
    const coordinator = market.coordinatorNagano.user.id;
    expect(ids((await board(`/console/pipeline?coordinator=${coordinator}`)).cards)).toEqual([
      m1.id,
    ]);
    await db.match.update({ where: { id: m1.id }, data: { lastActivityAt: new Date() } });
    expect(ids((await board("/console/pipeline?age=30")).cards)).not.toContain(m1.id);
    expect(ids((await board("/console/pipeline?age=30")).cards)).toContain(m3.id);
  });

  it("moves a match forward for a coordinator, with its timeline event and audit row", async () => {
    const matchId = market.matches.m1.id;
    const outcome = await callRoute(pipelineRoute.action, {
      path: "/console/pipeline?category=DX_IT",
      cookie: market.coordinatorNagano.cookie,
      form: { matchId, to: "WORKING" },
    });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/console/pipeline?category=DX_IT");
    const match = await db.match.findUniqueOrThrow({ where: { id: matchId } });
    expect(match.stage).toBe("WORKING");
    const event = await db.matchEvent.findFirstOrThrow({ where: { matchId, kind: "stage" } });
    expect(event).toMatchObject({
      fromStage: "CONTRACTED",
      toStage: "WORKING",
      actorSide: "coordinator",
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: matchId } });
    expect(audit).toMatchObject({
      action: "match.stage",
      actorId: market.coordinatorNagano.user.id,
      targetType: "Match",
    });
    expect(JSON.parse(audit.metadata)).toEqual({ from: "CONTRACTED", to: "WORKING" });
  });

  it("refuses what the state machine refuses, and changes nothing", async () => {
    const backwards = await callRoute(pipelineRoute.action, {
      path: "/console/pipeline",
      cookie: market.coordinatorNagano.cookie,
      form: { matchId: market.matches.m1.id, to: "TALKING" },
    });
    expect(backwards.status).toBe(409);
    expect(JSON.stringify(backwards.data)).toContain("console.pipeline.errors.refused");
    const unagreed = await callRoute(pipelineRoute.action, {
      path: "/console/pipeline",
      cookie: market.coordinatorNagano.cookie,
      form: { matchId: market.matches.m3.id, to: "TALKING" },
    });
    expect(unagreed.status).toBe(409);
    const invalid = await callRoute(pipelineRoute.action, {
      path: "/console/pipeline",
      cookie: market.coordinatorNagano.cookie,
      form: { matchId: market.matches.m1.id, to: "NOWHERE" },
    });
    expect(invalid.status).toBe(400);
    expect((await db.match.findUniqueOrThrow({ where: { id: market.matches.m1.id } })).stage).toBe(
      "CONTRACTED",
    );
    expect(await db.auditLog.count()).toBe(0);
  });

  it("shows the coordinator's move in the admin's audit log, filtered by role and action", async () => {
    await callRoute(pipelineRoute.action, {
      path: "/console/pipeline",
      cookie: market.admin.cookie,
      form: { matchId: market.matches.m6.id, to: "WORKING" },
    });
    await callRoute(pipelineRoute.action, {
      path: "/console/pipeline",
      cookie: market.coordinatorNagano.cookie,
      form: { matchId: market.matches.m1.id, to: "WORKING" },
    });
    type Audit = {
      total: number;
      actions: string[];
      entries: Array<{ action: string; targetId: string; actor: { role: string; name: string } }>;
    };
    const read = async (query: string) =>
      (
        await callRoute(auditRoute.loader, {
          path: `/admin/audit${query}`,
          cookie: market.admin.cookie,
        })
      ).data as Audit;
    const coordinators = await read("?role=COORDINATOR&action=match.stage");
    expect(coordinators.total).toBe(1);
    expect(coordinators.entries[0]).toMatchObject({
      action: "match.stage",
      targetId: market.matches.m1.id,
      actor: { role: "COORDINATOR", name: "長野 コーディ" },
    });
    expect((await read("?role=STAFF")).total).toBe(2);
    expect((await read("?role=PROFESSIONAL")).total).toBe(0);
    expect((await read("")).actions).toEqual(["match.stage"]);
    expect((await read("?from=2000-01-01&to=2000-01-31")).total).toBe(0);
  });
});
