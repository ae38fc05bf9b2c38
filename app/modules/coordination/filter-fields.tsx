import { useLocale, useT } from "~/lib/i18n/react";
import { challengeCategories } from "~/modules/challenges/schema";
import { prefectureName } from "~/modules/reference/prefectures";
import { SelectField } from "~/ui/field";

/** The console's prefecture filter: the prefectures the viewer covers, or all of them. */
export function PrefectureFilter({
  id,
  codes,
  value,
}: {
  id: string;
  codes: readonly string[];
  value: string | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <SelectField
      label={t("console.filter.prefecture")}
      selectProps={{ id, name: "prefecture", defaultValue: value ?? "" }}
    >
      <option value="">{t("console.filter.allPrefectures")}</option>
      {codes.map((code) => (
        <option key={code} value={code}>
          {prefectureName(code, locale)}
        </option>
      ))}
    </SelectField>
  );
}

/** The console's challenge-category filter. */
export function CategoryFilter({ id, value }: { id: string; value: string | undefined }) {
  const t = useT();
  return (
    <SelectField
      label={t("console.filter.category")}
      selectProps={{ id, name: "category", defaultValue: value ?? "" }}
    >
      <option value="">{t("console.filter.allCategories")}</option>
      {challengeCategories.map((category) => (
        <option key={category} value={category}>
          {t(`reference.category.${category}`)}
        </option>
      ))}
    </SelectField>
  );
}
