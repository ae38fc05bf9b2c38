import { Form } from "@remix-run/react";
import type { ChallengeStatus } from "~/generated/prisma/enums";
import { useT } from "~/lib/i18n/react";
import { FormErrors, TextareaField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { ChoiceGroup } from "./form-controls";
import { availableActions } from "./lifecycle";
import { closeReasons, limits } from "./schema";

/**
 * The lifecycle buttons for a challenge's members: publish, pause, resume, and
 * closing (which asks why). Every form posts to /challenges/:id/status, whose page
 * shows any errors; `redirectTo` is where a successful change returns.
 */
export function StatusControls({
  challengeId,
  status,
  redirectTo,
  errors,
}: {
  challengeId: string;
  status: ChallengeStatus;
  redirectTo: string;
  errors?: {
    form?: string[];
    closeReason?: string[];
    note?: string[];
  };
}) {
  const t = useT();
  const action = `/challenges/${challengeId}/status`;
  const actions = availableActions(status);
  if (actions.length === 0) return <p className="text-muted">{t("challenges.status.final")}</p>;
  const simple = actions.filter((name) => name !== "close");
  return (
    <div className="space-y-6">
      <FormErrors errors={errors?.form} />
      {simple.length > 0 ? (
        <div className="flex flex-wrap gap-3">
          {simple.map((intent) => (
            <Form key={intent} method="post" action={action}>
              <input type="hidden" name="redirectTo" value={redirectTo} />
              <StatusButton
                name="intent"
                value={intent}
                variant={intent === "pause" ? "secondary" : "primary"}
              >
                {t(`challenges.status.action.${intent}`)}
              </StatusButton>
            </Form>
          ))}
        </div>
      ) : null}
      {actions.includes("close") ? (
        <Form method="post" action={action} className="space-y-4 rounded-md border border-line p-4">
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <ChoiceGroup
            legend={t("challenges.status.closeReason")}
            errors={errors?.closeReason}
            name="closeReason"
            type="radio"
            options={closeReasons.map((reason) => ({
              value: reason,
              label: t(`reference.closeReason.${reason}`),
            }))}
            selected={[]}
          />
          <TextareaField
            label={t("challenges.status.closeNote")}
            hint={t("challenges.hint.optional")}
            errors={errors?.note}
            textareaProps={{ name: "note", rows: 3, maxLength: limits.note }}
          />
          <StatusButton name="intent" value="close" variant="danger">
            {t("challenges.status.action.close")}
          </StatusButton>
        </Form>
      ) : null}
    </div>
  );
}
