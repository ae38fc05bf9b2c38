import { Form, Link } from "@remix-run/react";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { prefectureName } from "~/modules/reference/prefectures";
import { TextareaField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { INTAKE_COMMENT_MAX } from "./intake";

type ChallengeRow = {
  id: string;
  title: string;
  prefectureCode: string;
  publishedAt: Date | string | null;
  intakeComment: string | null;
  intakeReviewedAt: Date | string | null;
  company: { id: string; name: string };
};
type CompanyRow = {
  id: string;
  name: string;
  prefectureCode: string;
  municipality: string;
  createdAt: Date | string;
};

/** The two intake forms for one challenge: mark reviewed, or send back with comments. */
export function ChallengeIntakeForms({
  challengeId,
  redirectTo,
}: {
  challengeId: string;
  redirectTo?: string;
}) {
  const t = useT();
  return (
    <div className="space-y-3">
      <Form method="post" action="/console/intake">
        <input type="hidden" name="challengeId" value={challengeId} />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <StatusButton name="intent" value="review">
          {t("coordination.intake.markReviewed")}
        </StatusButton>
      </Form>
      <details>
        <summary className="cursor-pointer">{t("coordination.intake.sendBack")}</summary>
        <Form method="post" action="/console/intake" className="mt-2 space-y-2">
          <input type="hidden" name="challengeId" value={challengeId} />
          {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
          <TextareaField
            label={t("coordination.intake.comment")}
            hint={t("coordination.intake.commentHint")}
            textareaProps={{
              name: "comment",
              rows: 3,
              required: true,
              maxLength: INTAKE_COMMENT_MAX,
              id: `intake-comment-${challengeId}`,
            }}
          />
          <StatusButton name="intent" value="return" variant="secondary">
            {t("coordination.intake.sendBackSubmit")}
          </StatusButton>
        </Form>
      </details>
    </div>
  );
}

function ChallengeList({ items, label }: { items: ChallengeRow[]; label: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="space-y-4" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="card space-y-3" data-testid="intake-challenge">
          <div>
            <p className="font-semibold">
              <Link to={`/challenges/${item.id}`}>{item.title}</Link>
            </p>
            <p className="text-sm text-muted">
              <Link to={`/companies/${item.company.id}`}>{item.company.name}</Link> ·{" "}
              {prefectureName(item.prefectureCode, locale)}
              {item.publishedAt
                ? ` · ${t("coordination.intake.published", { date: formatDate(locale, item.publishedAt) })}`
                : null}
            </p>
          </div>
          {item.intakeComment ? (
            <p className="whitespace-pre-wrap break-words rounded-md border border-line p-2 text-sm">
              {t("coordination.intake.lastComment")}: {item.intakeComment}
            </p>
          ) : null}
          <ChallengeIntakeForms challengeId={item.id} />
        </li>
      ))}
    </ul>
  );
}

/** The queue: pending challenges, challenges sent back, new companies. */
export function IntakeQueue({
  queue,
}: {
  queue: { pending: ChallengeRow[]; returned: ChallengeRow[]; companies: CompanyRow[] };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <section aria-labelledby="pending-heading" className="space-y-3">
        <h2 id="pending-heading" className="text-xl font-semibold">
          {t("coordination.intake.pending", { count: queue.pending.length })}
        </h2>
        {queue.pending.length === 0 ? (
          <p className="text-muted">{t("coordination.intake.pendingEmpty")}</p>
        ) : (
          <ChallengeList items={queue.pending} label={t("coordination.intake.pendingList")} />
        )}
      </section>
      <section aria-labelledby="companies-heading" className="space-y-3">
        <h2 id="companies-heading" className="text-xl font-semibold">
          {t("coordination.intake.companies", { count: queue.companies.length })}
        </h2>
        {queue.companies.length === 0 ? (
          <p className="text-muted">{t("coordination.intake.companiesEmpty")}</p>
        ) : (
          <ul className="space-y-3" aria-label={t("coordination.intake.companiesList")}>
            {queue.companies.map((company) => (
              <li
                key={company.id}
                className="card flex flex-wrap items-center justify-between gap-3"
                data-testid="intake-company"
              >
                <div>
                  <p className="font-semibold">
                    <Link to={`/companies/${company.id}`}>{company.name}</Link>
                  </p>
                  <p className="text-sm text-muted">
                    {prefectureName(company.prefectureCode, locale)} {company.municipality} ·{" "}
                    {t("coordination.intake.registered", {
                      date: formatDate(locale, company.createdAt),
                    })}
                  </p>
                </div>
                <div className="flex flex-wrap gap-3">
                  <Link
                    to={`/console/consultations/new?companyId=${encodeURIComponent(company.id)}`}
                  >
                    {t("coordination.consultations.new")}
                  </Link>
                  <Form method="post" action="/console/intake">
                    <input type="hidden" name="companyId" value={company.id} />
                    <StatusButton name="intent" value="takeIn" variant="secondary">
                      {t("coordination.intake.takeIn")}
                    </StatusButton>
                  </Form>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="returned-heading" className="space-y-3">
        <h2 id="returned-heading" className="text-xl font-semibold">
          {t("coordination.intake.returnedTitle", { count: queue.returned.length })}
        </h2>
        {queue.returned.length === 0 ? (
          <p className="text-muted">{t("coordination.intake.returnedEmpty")}</p>
        ) : (
          <ChallengeList items={queue.returned} label={t("coordination.intake.returnedList")} />
        )}
      </section>
    </>
  );
}

/** On the challenge page, for its company's members: the comment it was sent back with. */
export function IntakeReturnedNote({ comment }: { comment: string }) {
  const t = useT();
  return (
    <section
      aria-labelledby="intake-returned-heading"
      className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
    >
      <h2 id="intake-returned-heading" className="font-semibold">
        {t("coordination.intake.returnedBanner")}
      </h2>
      <p className="mt-1 whitespace-pre-wrap break-words" data-testid="intake-comment">
        {comment}
      </p>
    </section>
  );
}
