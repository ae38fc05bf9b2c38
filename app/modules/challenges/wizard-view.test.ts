import { describe, expect, it } from "vitest";
import { emptyPreview, previewFromForm } from "./wizard-view";

const saved = {
  ...emptyPreview({ prefectureCode: "20", municipality: "諏訪市" }),
  title: "保存済みのタイトル",
  engagementTypes: ["CONTRACT" as const],
  workStyle: "HYBRID" as const,
};

function form(entries: Array<[string, string]>) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("previewFromForm", () => {
  it("lays what is typed on this step over what is saved", () => {
    const preview = previewFromForm(
      saved,
      form([
        ["step", "2"],
        ["summary", "概要"],
        ["background", "現状"],
      ]),
    );
    expect(preview).toMatchObject({
      title: "保存済みのタイトル",
      summary: "概要",
      background: "現状",
    });
    expect(preview.engagementTypes).toEqual(["CONTRACT"]);
  });

  it("reads step 4's choices, including none chosen, and splits skill names", () => {
    const preview = previewFromForm(
      saved,
      form([
        ["step", "4"],
        ["requiredSkills", "DX推進、Python, DX推進"],
        ["onsiteVisitsPerMonth", "0"],
      ]),
    );
    expect(preview.requiredSkills).toEqual(["DX推進", "Python"]);
    expect(preview.engagementTypes).toEqual([]);
    expect(preview.workStyle).toBeNull();
    expect(preview.onsiteVisitsPerMonth).toBe(0);
  });

  it("reads step 5's numbers and dates, ignoring codes that are not ours", () => {
    const preview = previewFromForm(
      saved,
      form([
        ["step", "5"],
        ["hoursPerWeek", "8"],
        ["durationMonths", "x"],
        ["compensationType", "BITCOIN"],
        ["compensationMin", "200000"],
        ["startDate", "2027-04-01"],
        ["prefectureCode", "39"],
      ]),
    );
    expect(preview).toMatchObject({
      hoursPerWeek: 8,
      durationMonths: null,
      compensationType: null,
      compensationMin: 200_000,
      startDate: "2027-04-01",
      applicationDeadline: null,
      prefectureCode: "39",
      municipality: "諏訪市",
    });
  });
});
