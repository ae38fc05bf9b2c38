import { describe, expect, it } from "vitest";
import {
  findCategory,
  findCompensationType,
  findEmployeesBand,
  findEngagementType,
  findSkillLevel,
  findTieKind,
  findVisibility,
  findWorkStyle,
  parseDate,
  parseInteger,
  splitList,
  todayInJapan,
} from "./values";

describe("coded values", () => {
  it("accept codes, Japanese and English labels and common words", () => {
    expect(findCategory("販路開拓")).toBe("SALES_CHANNELS");
    expect(findCategory("New sales channels")).toBe("SALES_CHANNELS");
    expect(findCategory("dx_it")).toBe("DX_IT");
    expect(findCategory("DX・IT導入")).toBe("DX_IT");
    expect(findEngagementType("副業・兼業")).toBe("SIDE_JOB");
    expect(findEngagementType("副業")).toBe("SIDE_JOB");
    expect(findEngagementType("side-job")).toBe("SIDE_JOB");
    expect(findEngagementType("プロボノ")).toBe("PRO_BONO");
    expect(findWorkStyle("リモート")).toBe("REMOTE");
    expect(findWorkStyle("On site")).toBe("ONSITE");
    expect(findCompensationType("月額")).toBe("MONTHLY");
    expect(findCompensationType("なし")).toBe("NONE");
    expect(findVisibility("匿名")).toBe("ANONYMOUS");
    expect(findSkillLevel("上級")).toBe("ADVANCED");
    expect(findTieKind("出身地")).toBe("BIRTHPLACE");
    expect(findWorkStyle("週5出社ではない")).toBeNull();
  });

  it("read employee bands as codes, ranges, labels and head counts", () => {
    expect(findEmployeesBand("E10_49")).toBe("E10_49");
    expect(findEmployeesBand("e1_9")).toBe("E1_9");
    expect(findEmployeesBand("10-49")).toBe("E10_49");
    expect(findEmployeesBand("10〜49人")).toBe("E10_49");
    expect(findEmployeesBand("10～49")).toBe("E10_49");
    expect(findEmployeesBand("1,000人以上")).toBe("E1000_PLUS");
    expect(findEmployeesBand("1000+")).toBe("E1000_PLUS");
    expect(findEmployeesBand("25")).toBe("E10_49");
    expect(findEmployeesBand("0")).toBeNull();
    expect(findEmployeesBand("10-50")).toBeNull();
  });
});

describe("cells", () => {
  it("split lists on |, 、, commas, semicolons and line breaks", () => {
    expect(splitList("Python|SQL、Excel, Word;\nkintone")).toEqual([
      "Python",
      "SQL",
      "Excel",
      "Word",
      "kintone",
    ]);
    expect(splitList(" | ")).toEqual([]);
  });

  it("read whole numbers as spreadsheets write them", () => {
    expect(parseInteger("1,000")).toBe(1000);
    expect(parseInteger("１０")).toBe(10);
    expect(parseInteger("300000円")).toBe(300000);
    expect(parseInteger("1.5")).toBeNull();
    expect(parseInteger("ten")).toBeNull();
  });

  it("read dates in ISO and Excel's Japanese form, refusing impossible ones", () => {
    expect(parseDate("2026-04-01")).toBe("2026-04-01");
    expect(parseDate("2026/4/1")).toBe("2026-04-01");
    expect(parseDate("２０２６/１２/３１")).toBe("2026-12-31");
    expect(parseDate("2026-02-30")).toBeNull();
    expect(parseDate("04/01/2026")).toBeNull();
  });

  it("know today's date in Japan", () => {
    expect(todayInJapan(new Date("2026-03-31T15:30:00Z"))).toBe("2026-04-01");
  });
});
