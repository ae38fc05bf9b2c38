import { Form } from "@remix-run/react";
import { useLocale, useT } from "~/lib/i18n/react";
import { prefectureName } from "~/modules/reference/prefectures";
import { StatusButton } from "~/ui/status-button";

type Company = { id: string; name: string; prefectureCode: string };

/**
 * The privacy page's blocked companies: the list with unblock buttons, the current
 * employer suggested for blocking, and a name search (a GET form) with block buttons.
 * Every button is its own plain POST form, so all of it works without JavaScript.
 */
export function BlockedCompanies({
  blocks,
  suggestions,
  currentEmployer,
  query,
  results,
}: {
  blocks: Array<{ companyId: string; name: string; prefectureCode: string }>;
  suggestions: Company[];
  currentEmployer: string | null;
  query: string;
  results: Array<Company & { blocked: boolean }>;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="blocks-heading" className="card space-y-5">
      <h2 id="blocks-heading" className="text-lg font-semibold">
        {t("professionals.blocks.title")}
      </h2>
      <p className="text-sm text-muted">{t("professionals.blocks.lead")}</p>

      <h3 className="font-semibold">{t("professionals.blocks.listTitle")}</h3>
      {blocks.length === 0 ? (
        <p className="text-muted">{t("professionals.blocks.none")}</p>
      ) : (
        <ul className="divide-y divide-line" aria-label={t("professionals.blocks.listTitle")}>
          {blocks.map((company) => (
            <CompanyRow
              key={company.companyId}
              id={company.companyId}
              name={company.name}
              place={prefectureName(company.prefectureCode, locale)}
              blocked
            />
          ))}
        </ul>
      )}

      {suggestions.length > 0 ? (
        <div className="rounded-md border border-accent bg-accent-soft p-4">
          <p className="mb-2">
            {t("professionals.blocks.suggestion", { employer: currentEmployer ?? "" })}
          </p>
          <ul className="divide-y divide-line">
            {suggestions.map((company) => (
              <CompanyRow
                key={company.id}
                id={company.id}
                name={company.name}
                place={prefectureName(company.prefectureCode, locale)}
                blocked={false}
              />
            ))}
          </ul>
        </div>
      ) : null}

      <Form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div className="min-w-0 flex-1">
          <label htmlFor="company-search" className="mb-1 block font-semibold">
            {t("professionals.blocks.searchLabel")}
          </label>
          <input
            id="company-search"
            name="q"
            type="search"
            className="input"
            defaultValue={query}
            maxLength={100}
          />
        </div>
        <button type="submit" className="btn-secondary">
          {t("professionals.blocks.search")}
        </button>
      </Form>
      {query ? (
        <div>
          <h3 className="mb-2 font-semibold">{t("professionals.blocks.results")}</h3>
          {results.length === 0 ? (
            <p className="text-muted">{t("professionals.blocks.noResults", { query: query })}</p>
          ) : (
            <ul className="divide-y divide-line">
              {results.map((company) => (
                <CompanyRow
                  key={company.id}
                  id={company.id}
                  name={company.name}
                  place={prefectureName(company.prefectureCode, locale)}
                  blocked={company.blocked}
                />
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}

function CompanyRow({
  id,
  name,
  place,
  blocked,
}: {
  id: string;
  name: string;
  place: string;
  blocked: boolean;
}) {
  const t = useT();
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-2">
      <span>
        <span className="font-semibold">{name}</span>{" "}
        <span className="text-sm text-muted">{place}</span>
      </span>
      <Form method="post">
        <input type="hidden" name="companyId" value={id} />
        <StatusButton
          name="intent"
          value={blocked ? "unblock" : "block"}
          variant={blocked ? "secondary" : "danger"}
          aria-label={t(
            blocked ? "professionals.blocks.unblockNamed" : "professionals.blocks.blockNamed",
            {
              name,
            },
          )}
        >
          {t(blocked ? "professionals.blocks.unblock" : "professionals.blocks.block")}
        </StatusButton>
      </Form>
    </li>
  );
}
