import { db } from "~/lib/db.server";
import { createTestUser } from "./users";

let counter = 0;

/** Inserts a company with an owner (a new company member unless one is given). */
export async function createTestCompany(
  overrides: { name?: string; prefectureCode?: string; ownerId?: string } = {},
) {
  counter += 1;
  const ownerId =
    overrides.ownerId ??
    (await createTestUser({ role: "COMPANY_MEMBER", email: `owner${counter}@company.example.jp` }))
      .id;
  const company = await db.company.create({
    data: {
      name: overrides.name ?? `テスト株式会社${counter}`,
      prefectureCode: overrides.prefectureCode ?? "20",
      municipality: "松本市",
      industryCode: "E",
      employeesBand: "E10_49",
      description: "精密部品の製造",
      memberships: { create: { userId: ownerId, role: "OWNER" } },
    },
  });
  return { company, ownerId };
}

/** Inserts taxonomy skills by name (slug from the English name). */
export async function createTestSkills(
  names: Array<{ ja: string; en: string; aliases?: string[] }>,
) {
  return Promise.all(
    names.map((name) =>
      db.skill.create({
        data: {
          slug: name.en.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
          nameJa: name.ja,
          nameEn: name.en,
          aliases: JSON.stringify(name.aliases ?? []),
          groupKey: "test",
        },
      }),
    ),
  );
}
