import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { ErrorList } from "~/ui/field";
import type { FacetGroupModel } from "./filters";

/**
 * One facet as a group of checkboxes with their match counts, tied to the search form by
 * its id (the sidebar sits outside the form element). Errors about the parameter (an
 * unknown prefecture in the URL) are shown under the legend.
 */
export function FacetGroup({
  group,
  form,
  errors,
  onToggle,
}: {
  group: FacetGroupModel;
  form: string;
  errors?: string[];
  onToggle?: (event: React.ChangeEvent<HTMLInputElement>) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const errorId = errors?.length ? `facet-${group.name}-error` : undefined;
  return (
    <fieldset className="space-y-1" aria-describedby={errorId}>
      <legend className="mb-1 font-semibold">{t(group.legend)}</legend>
      <ErrorList id={errorId} errors={errors} />
      {group.options.length === 0 ? (
        <p className="text-sm text-muted">{t("discovery.filters.noOptions")}</p>
      ) : (
        <ul className="max-h-72 space-y-1 overflow-y-auto pr-1">
          {group.options.map((option) => {
            const id = `facet-${group.name}-${option.value}`;
            return (
              <li key={option.value} className="flex items-center gap-2">
                <input
                  id={id}
                  type="checkbox"
                  form={form}
                  name={group.name}
                  value={option.value}
                  checked={option.checked}
                  onChange={onToggle ?? (() => undefined)}
                  className="size-5 shrink-0 accent-accent"
                />
                <label htmlFor={id} className="flex flex-1 justify-between gap-2">
                  <span>{option.label}</span>
                  {option.count !== null ? (
                    <span className="text-sm text-muted">
                      {t("discovery.filters.count", { count: formatNumber(locale, option.count) })}
                    </span>
                  ) : null}
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
