import { Link } from "@remix-run/react";
import type { ChallengeCategory, ChallengeStatus, CloseReason } from "~/generated/prisma/enums";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { StatusBadge } from "./challenge-view";
import { wizardHref } from "./wizard-view";

type Row = {
  id: string;
  title: string;
  category: ChallengeCategory;
  status: ChallengeStatus;
  closeReason: CloseReason | null;
  updatedAt: string | Date;
  applicationDeadline: string | Date | null;
};

/** A company's challenges for its members: state, dates and what can be done next. */
export function CompanyChallengeTable({
  companyId,
  challenges,
}: {
  companyId: string;
  challenges: readonly Row[];
}) {
  const t = useT();
  const locale = useLocale();
  const company = { id: companyId };
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("challenges.manage.title")}</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="p-3">
              {t("challenges.field.title")}
            </th>
            <th scope="col" className="p-3">
              {t("challenges.manage.status")}
            </th>
            <th scope="col" className="p-3">
              {t("challenges.field.category")}
            </th>
            <th scope="col" className="p-3">
              {t("challenges.manage.updated")}
            </th>
            <th scope="col" className="p-3">
              {t("challenges.field.applicationDeadline")}
            </th>
            <th scope="col" className="p-3">
              {t("challenges.manage.actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {challenges.map((challenge) => (
            <tr key={challenge.id} className="border-t border-line">
              <th scope="row" className="p-3 font-normal">
                <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
              </th>
              <td className="p-3">
                <StatusBadge status={challenge.status} />
                {challenge.closeReason ? (
                  <span className="block text-muted">
                    {t(`reference.closeReason.${challenge.closeReason}`)}
                  </span>
                ) : null}
              </td>
              <td className="p-3">{t(`reference.category.${challenge.category}`)}</td>
              <td className="p-3">{formatDate(locale, challenge.updatedAt)}</td>
              <td className="p-3">
                {challenge.applicationDeadline
                  ? formatDate(locale, challenge.applicationDeadline)
                  : "—"}
              </td>
              <td className="p-3">
                <ul className="flex flex-wrap gap-x-3">
                  {challenge.status === "DRAFT" ? (
                    <li>
                      <Link
                        to={wizardHref(company.id, challenge.id, 1)}
                        aria-label={t("challenges.manage.wizardFor", {
                          title: challenge.title,
                        })}
                      >
                        {t("challenges.manage.continueWizard")}
                      </Link>
                    </li>
                  ) : null}
                  {challenge.status !== "CLOSED" ? (
                    <li>
                      <Link
                        to={`/challenges/${challenge.id}/edit`}
                        aria-label={t("challenges.manage.editFor", { title: challenge.title })}
                      >
                        {t("challenges.detail.edit")}
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <Link
                      to={`/challenges/${challenge.id}/status`}
                      aria-label={t("challenges.manage.statusFor", { title: challenge.title })}
                    >
                      {t("challenges.manage.changeStatus")}
                    </Link>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
