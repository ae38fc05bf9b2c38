import { useNavigation } from "@remix-run/react";
import type { ButtonHTMLAttributes } from "react";
import { useT } from "~/lib/i18n/react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** Pending when this form (matched by action URL and intent) is submitting. */
  formAction?: string;
  variant?: "primary" | "secondary" | "danger";
};

/** A submit button that shows a pending state while its form is on the way. */
export function StatusButton({
  children,
  variant = "primary",
  className,
  name,
  value,
  ...rest
}: Props) {
  const t = useT();
  const navigation = useNavigation();
  const pending =
    navigation.state === "submitting" &&
    (name === undefined || navigation.formData?.get(name) === value);
  return (
    <button
      type="submit"
      name={name}
      value={value}
      {...rest}
      className={`btn-${variant} ${className ?? ""}`}
      aria-disabled={pending || undefined}
      data-pending={pending || undefined}
    >
      {pending ? (
        <>
          <span
            aria-hidden="true"
            className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
          />
          <span className="sr-only">{t("common.pending")}</span>
        </>
      ) : null}
      {children}
    </button>
  );
}
