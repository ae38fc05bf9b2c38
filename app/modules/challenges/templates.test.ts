import { describe, expect, it } from "vitest";
import { skillNameKey } from "~/modules/skills/names";
import { skillTaxonomy } from "~/modules/skills/taxonomy";
import { challengeCategories } from "./schema";
import { categoryTemplates, localizedTemplate } from "./templates";

describe("category templates", () => {
  it("exist for all 11 categories, with every part in Japanese and English", () => {
    expect(challengeCategories).toHaveLength(11);
    for (const category of challengeCategories) {
      const template = categoryTemplates[category];
      expect(template, category).toBeDefined();
      expect(template.exampleGoals.length, category).toBeGreaterThanOrEqual(2);
      expect(template.exampleDeliverables.length, category).toBeGreaterThanOrEqual(2);
      expect(template.typicalSkills.length, category).toBeGreaterThanOrEqual(1);
      expect(template.pitfalls.length, category).toBeGreaterThanOrEqual(1);
      for (const text of [
        template.exampleTitle,
        ...template.exampleGoals,
        ...template.exampleDeliverables,
        ...template.typicalSkills,
        ...template.pitfalls,
      ]) {
        expect(text.ja.trim(), category).not.toBe("");
        expect(text.en.trim(), category).not.toBe("");
      }
    }
  });

  it("localises a template", () => {
    expect(localizedTemplate("DX_IT", "en").typicalSkills).toContain("Digital transformation");
    expect(localizedTemplate("DX_IT", "ja").typicalSkills).toContain("DX推進");
  });
});

describe("typical skills", () => {
  it("are names from the shipped taxonomy, in both languages", () => {
    const ja = new Set(skillTaxonomy.map((skill) => skillNameKey(skill.ja)));
    const en = new Set(skillTaxonomy.map((skill) => skillNameKey(skill.en)));
    for (const category of challengeCategories) {
      for (const skill of categoryTemplates[category].typicalSkills) {
        expect([category, skill.ja, ja.has(skillNameKey(skill.ja))]).toEqual([
          category,
          skill.ja,
          true,
        ]);
        expect([category, skill.en, en.has(skillNameKey(skill.en))]).toEqual([
          category,
          skill.en,
          true,
        ]);
      }
    }
  });
});
