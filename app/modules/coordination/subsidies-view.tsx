import { Form } from "@remix-run/react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { StatusButton } from "~/ui/status-button";
import type { SubsidyCoverage } from "./subsidies";

export type SchemeSummary = {
  id: string;
  name: string;
  description: string;
  coverage: string;
  maxAmountYen: number | null;
  url: string | null;
};

/** The challenge page's aside: the support schemes of the challenge's prefecture. */
export function SubsidyAside({ schemes }: { schemes: SchemeSummary[] }) {
  const t = useT();
  const locale = useLocale();
  if (schemes.length === 0) return null;
  return (
    <section className="card space-y-3" aria-labelledby="subsidies-heading">
      <h2 id="subsidies-heading" className="text-lg font-semibold">
        {t("coordination.subsidies.asideTitle")}
      </h2>
      <p className="text-sm text-muted">{t("coordination.subsidies.asideLead")}</p>
      <ul className="space-y-3">
        {schemes.map((scheme) => (
          <li key={scheme.id} className="space-y-1">
            <p className="font-semibold">
              {scheme.url ? (
                <a href={scheme.url} rel="noopener nofollow" target="_blank">
                  {scheme.name}
                </a>
              ) : (
                scheme.name
              )}
            </p>
            <p className="text-sm">
              {t(`coordination.coverage.${scheme.coverage as SubsidyCoverage}`)}
              {scheme.maxAmountYen
                ? ` · ${t("coordination.subsidies.upTo", { amount: formatNumber(locale, scheme.maxAmountYen) })}`
                : null}
            </p>
            {scheme.description ? (
              <p className="whitespace-pre-wrap break-words text-sm text-muted">
                {scheme.description}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export type SubsidyChoice = {
  current: { id: string; name: string } | null;
  options: { id: string; name: string }[];
};

/**
 * On a match, for its company's members and coordinators: which scheme it used. Posts to
 * the match page with intent "subsidy".
 */
export function SubsidyUseForm({ choice }: { choice: SubsidyChoice }) {
  const t = useT();
  const options = [...choice.options];
  if (choice.current && !options.some((option) => option.id === choice.current?.id)) {
    options.unshift(choice.current);
  }
  if (options.length === 0 && !choice.current) return null;
  return (
    <section aria-labelledby="subsidy-heading" className="card space-y-3">
      <h2 id="subsidy-heading" className="text-lg font-semibold">
        {t("coordination.subsidies.matchTitle")}
      </h2>
      <p data-testid="subsidy-current">
        {choice.current
          ? t("coordination.subsidies.used", { name: choice.current.name })
          : t("coordination.subsidies.notUsed")}
      </p>
      <Form method="post" className="flex flex-wrap items-end gap-3">
        <label>
          <span className="mb-1 block font-semibold">{t("coordination.subsidies.choose")}</span>
          <select name="subsidySchemeId" defaultValue={choice.current?.id ?? ""} className="input">
            <option value="">{t("coordination.subsidies.none")}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <StatusButton name="intent" value="subsidy" variant="secondary">
          {t("coordination.subsidies.record")}
        </StatusButton>
      </Form>
    </section>
  );
}
