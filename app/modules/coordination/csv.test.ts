import { describe, expect, it } from "vitest";
import { kpiTableCsv, matchesCsv } from "./csv";
import { zeroCounts } from "./kpis";

describe("console CSV", () => {
  it("writes the monthly KPI table with a BOM, CRLF and a total row", () => {
    const counts = { ...zeroCounts(), consultations: 2, contracts: 1 };
    const text = kpiTableCsv("months", [{ key: "2026-05", counts }], counts, "ja");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "月,相談件数,課題の公開,紹介,応募,カジュアル面談の申込,スカウト,成約件数,完了,リピート成約",
    );
    expect(lines[1]).toBe("2026-05,2,0,0,0,0,0,1,0,0");
    expect(lines[2]).toBe("合計,2,0,0,0,0,0,1,0,0");
    expect(lines[3]).toBe("");
  });

  it("labels breakdown rows in the viewer's language, without a total for engagement types", () => {
    const counts = zeroCounts();
    expect(kpiTableCsv("prefectures", [{ key: "20", counts }], counts, "en")).toContain(
      "\r\nNagano,",
    );
    const engagement = kpiTableCsv("engagements", [{ key: "SIDE_JOB", counts }], counts, "en");
    expect(engagement).toContain("\r\nSide job,");
    expect(engagement).not.toContain("Total");
  });

  it("writes matches with quoted fields and neutralised formulas", () => {
    const text = matchesCsv(
      [
        {
          id: "m1",
          challengeTitle: '販路, "海外"',
          companyName: "=HYPERLINK(1)",
          prefectureCode: "39",
          category: "OVERSEAS",
          source: "INTRODUCTION",
          stage: "CONTRACTED",
          createdOn: "2026-05-01",
          contractedOn: "2026-05-20",
          completedOn: null,
          subsidyScheme: null,
          introducedBy: "調整 役子",
          professional: "IT企業勤務・マーケティング12年",
        },
      ],
      "ja",
    );
    const [header, row] = text.slice(1).split("\r\n");
    expect(header!.split(",")).toHaveLength(13);
    expect(row).toBe(
      `m1,"販路, ""海外""",'=HYPERLINK(1),高知県,海外展開,IT企業勤務・マーケティング12年,コーディネーターの紹介,成約,2026-05-01,2026-05-20,,,調整 役子`,
    );
  });
});
