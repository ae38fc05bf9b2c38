import { describe, expect, it } from "vitest";
import { en } from "~/lib/i18n/messages/en";
import { ja } from "~/lib/i18n/messages/ja";
import { skillNameKey } from "./names";
import { createSkillSchema, MAX_ALIASES, MAX_NAME, SLUG_PATTERN } from "./schemas";
import { skillGroups, skillTaxonomy } from "./taxonomy";

describe("the skills taxonomy", () => {
  it("has at least 200 skills", () => {
    expect(skillTaxonomy.length).toBeGreaterThanOrEqual(200);
  });

  it("has unique, well-formed slugs", () => {
    const slugs = skillTaxonomy.map((skill) => skill.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
  });

  it("never gives two skills the same spelling (names, aliases and slugs, normalised)", () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const skill of skillTaxonomy) {
      for (const spelling of [skill.slug, skill.ja, skill.en, ...skill.aliases]) {
        const key = skillNameKey(spelling);
        expect(key, `${skill.slug}: "${spelling}" is blank once normalised`).not.toBe("");
        const other = owner.get(key);
        if (other && other !== skill.slug) collisions.push(`${spelling}: ${other} / ${skill.slug}`);
        owner.set(key, skill.slug);
      }
    }
    expect(collisions).toEqual([]);
  });

  it("gives every skill a Japanese and an English name an admin could also type", () => {
    for (const skill of skillTaxonomy) {
      const parsed = createSkillSchema.safeParse({
        slug: skill.slug,
        nameJa: skill.ja,
        nameEn: skill.en,
        aliases: skill.aliases.join("、"),
        group: skill.group,
      });
      expect(parsed.success, skill.slug).toBe(true);
      expect(skill.ja.length).toBeLessThanOrEqual(MAX_NAME);
      expect(skill.en).toMatch(/^[\x20-\x7E’]+$/);
      expect(skill.aliases.length).toBeLessThanOrEqual(MAX_ALIASES);
    }
  });

  it("covers every group, each with a label in both languages", () => {
    for (const group of skillGroups) {
      const members = skillTaxonomy.filter((skill) => skill.group === group);
      expect(members.length, group).toBeGreaterThanOrEqual(5);
      expect(ja[`skills.group.${group}`]).toBeTruthy();
      expect(en[`skills.group.${group}`]).toBeTruthy();
    }
  });

  it("speaks the vocabulary of プロ人材 job posts", () => {
    const names = new Set(skillTaxonomy.flatMap((skill) => [skill.ja, ...skill.aliases]));
    for (const word of [
      "Webマーケティング",
      "デジタルマーケティング",
      "EC運営",
      "Salesforce",
      "kintone",
      "SEO",
      "生産管理",
      "原価管理",
      "IPO準備",
      "M&A",
      "事業承継",
      "インバウンド",
      "越境EC",
      "HACCP",
    ]) {
      expect(names, word).toContain(word);
    }
  });
});
