import { Form, Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { StatusButton } from "~/ui/status-button";

/** The match page's way into its thread, or a coordinator's "open a three-way thread". */
export function MatchThreadSection({
  matchId,
  threadId,
  canOpenThreeWay,
}: {
  matchId: string;
  threadId: string | null;
  canOpenThreeWay: boolean;
}) {
  const t = useT();
  if (!threadId && !canOpenThreeWay) return null;
  return (
    <section aria-labelledby="thread-heading" className="card space-y-3">
      <h2 id="thread-heading" className="text-lg font-semibold">
        {t("messaging.match.threadHeading")}
      </h2>
      {threadId ? (
        <Link to={`/messages/${threadId}`} className="btn-primary">
          {t("messaging.match.openThread")}
        </Link>
      ) : (
        <Form method="post" action={`/matches/${matchId}/thread`} className="space-y-2">
          <p className="text-sm text-muted">{t("messaging.threeWay.hint")}</p>
          <StatusButton variant="secondary">{t("messaging.threeWay.open")}</StatusButton>
        </Form>
      )}
    </section>
  );
}
