import { beforeAll, describe, expect, it } from "vitest";
import * as auditRoute from "~/routes/admin.audit";
import * as kpisCsvRoute from "~/routes/console.kpis[.]csv";
import * as kpisRoute from "~/routes/console.kpis";
import * as matchesCsvRoute from "~/routes/console.matches[.]csv";
import * as pipelineRoute from "~/routes/console.pipeline";
import * as reportRoute from "~/routes/console.reports.$month";
import * as reportsRoute from "~/routes/console.reports._index";
import { resetDatabase } from "../support/database";
import { seedConsoleMarket, type ConsoleMarket } from "../support/console";
import { signedInUser } from "../support/professionals";
import { callRoute, sessionCookie, type RouteHandler, visitorMatrix } from "../support/routes";

/**
 * Every loader and action of the pipeline, KPI, report and audit pages, as each kind of
 * visitor: the console is for coordinators and admins; a coordinator of Nagano (20) never
 * sees or moves anything of Kochi (39) and the other way round.
 */
type Visitor =
  | "anonymous"
  | "professional"
  | "memberNagano"
  | "memberKochi"
  | "coordinatorNagano"
  | "coordinatorKochi"
  | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "professional",
  "memberNagano",
  "memberKochi",
  "coordinatorNagano",
  "coordinatorKochi",
  "admin",
];
let market: ConsoleMarket;
const cookies = {} as Record<Visitor, string | undefined>;

beforeAll(async () => {
  await resetDatabase();
  market = await seedConsoleMarket();
  cookies.anonymous = undefined;
  cookies.professional = (await signedInUser("PROFESSIONAL")).cookie;
  cookies.memberNagano = await sessionCookie(market.companies.naganoOne.ownerId);
  cookies.memberKochi = await sessionCookie(market.companies.kochi.ownerId);
  cookies.coordinatorNagano = market.coordinatorNagano.cookie;
  cookies.coordinatorKochi = market.coordinatorKochi.cookie;
  cookies.admin = market.admin.cookie;
});

const matrix = visitorMatrix(visitors, (visitor) => cookies[visitor]);

const staffOnly = {
  anonymous: "302 /login",
  professional: "403",
  memberNagano: "403",
  memberKochi: "403",
  coordinatorNagano: "200",
  coordinatorKochi: "200",
  admin: "200",
};

describe("who may open the console's pages", () => {
  it.each([
    ["GET /console/pipeline", pipelineRoute.loader, "/console/pipeline", {}],
    [
      "GET /console/pipeline (data)",
      pipelineRoute.loader,
      "/console/pipeline?_data=routes%2Fconsole.pipeline",
      {},
    ],
    ["GET /console/kpis", kpisRoute.loader, "/console/kpis?from=2026-04&to=2026-05", {}],
    ["GET /console/kpis.csv", kpisCsvRoute.loader, "/console/kpis.csv?from=2026-04&to=2026-05", {}],
    ["GET /console/matches.csv", matchesCsvRoute.loader, "/console/matches.csv", {}],
    ["GET /console/reports", reportsRoute.loader, "/console/reports", {}],
    [
      "GET /console/reports/2026-05",
      reportRoute.loader,
      "/console/reports/2026-05",
      { month: "2026-05" },
    ],
  ] as const)("%s: coordinators and admins only", async (_label, handler, path, params) => {
    expect(await matrix(handler as RouteHandler, path, { params })).toEqual(staffOnly);
  });

  it("GET /console/reports/not-a-month: 404 for staff", async () => {
    const outcome = await callRoute(reportRoute.loader, {
      path: "/console/reports/2026-13",
      params: { month: "2026-13" },
      cookie: cookies.admin,
    });
    expect(outcome.status).toBe(404);
  });

  it("GET /admin/audit: admins only", async () => {
    expect(await matrix(auditRoute.loader, "/admin/audit")).toEqual({
      ...staffOnly,
      coordinatorNagano: "403",
      coordinatorKochi: "403",
    });
  });
});

describe("who may move a match on the board", () => {
  it("POST /console/pipeline: outsiders 403, another region's coordinator 404", async () => {
    // m3 awaits the company's agreement: the state machine refuses every move (409).
    const form = { matchId: market.matches.m3.id, to: "TALKING" };
    expect(await matrix(pipelineRoute.action, "/console/pipeline", { form })).toEqual({
      ...staffOnly,
      coordinatorNagano: "409",
      coordinatorKochi: "404",
      admin: "409",
    });
  });

  it("a Kochi coordinator cannot move Kochi's match for Nagano, nor the reverse", async () => {
    const kochiMove = await callRoute(pipelineRoute.action, {
      path: "/console/pipeline",
      cookie: cookies.coordinatorNagano,
      form: { matchId: market.matches.m6.id, to: "WORKING" },
    });
    expect(kochiMove.status).toBe(404);
    const naganoMove = await callRoute(pipelineRoute.action, {
      path: "/console/pipeline",
      cookie: cookies.coordinatorKochi,
      form: { matchId: market.matches.m1.id, to: "WORKING" },
    });
    expect(naganoMove.status).toBe(404);
  });
});

describe("what each region's coordinator sees", () => {
  type Board = { board: { cards: Array<{ id: string }>; ended: Array<{ id: string }> } };

  it("the board holds only the viewer's prefectures", async () => {
    const nagano = (
      await callRoute(pipelineRoute.loader, {
        path: "/console/pipeline",
        cookie: cookies.coordinatorNagano,
      })
    ).data as Board;
    const kochi = (
      await callRoute(pipelineRoute.loader, {
        path: "/console/pipeline",
        cookie: cookies.coordinatorKochi,
      })
    ).data as Board;
    const { m1, m2, m3, m4, m5, m6 } = market.matches;
    expect(nagano.board.cards.map((card) => card.id).sort()).toEqual(
      [m1.id, m2.id, m3.id, m4.id, m5.id].sort(),
    );
    expect(kochi.board.cards.map((card) => card.id)).toEqual([m6.id]);
    const outside = (
      await callRoute(pipelineRoute.loader, {
        path: "/console/pipeline?prefecture=20",
        cookie: cookies.coordinatorKochi,
      })
    ).data as Board;
    expect(outside.board.cards).toEqual([]);
  });

  it("the KPI page and the CSVs hold only the viewer's prefectures", async () => {
    const kochiKpis = (
      await callRoute(kpisRoute.loader, {
        path: "/console/kpis?from=2026-04&to=2026-05",
        cookie: cookies.coordinatorKochi,
      })
    ).data as { report: { totals: { contracts: number; consultations: number } } };
    expect(kochiKpis.report.totals).toMatchObject({ contracts: 1, consultations: 1 });
    const csv = await callRoute(matchesCsvRoute.loader, {
      path: "/console/matches.csv",
      cookie: cookies.coordinatorKochi,
    });
    const text = await csv.response!.text();
    expect(text).toContain(market.matches.m6.id);
    for (const match of [market.matches.m1, market.matches.m2, market.matches.m3]) {
      expect(text).not.toContain(match.id);
    }
    expect(text).not.toContain("信州テスト工業");
  });

  it("the monthly report lists the viewer's contracts only", async () => {
    type Report = { report: { contracts: Array<{ id: string }> } };
    const report = async (cookie: string | undefined) =>
      (
        (
          await callRoute(reportRoute.loader, {
            path: "/console/reports/2026-05",
            params: { month: "2026-05" },
            cookie,
          })
        ).data as Report
      ).report.contracts.map((row) => row.id);
    const { m1, m2, m6 } = market.matches;
    expect(await report(cookies.coordinatorNagano)).toEqual([m1.id, m2.id]);
    expect(await report(cookies.coordinatorKochi)).toEqual([m6.id]);
    expect((await report(cookies.admin)).sort()).toEqual([m1.id, m2.id, m6.id].sort());
  });
});
