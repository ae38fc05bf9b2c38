import { useEffect, useState } from "react";
import { useT, useTranslateError } from "~/lib/i18n/react";

type Toast = { kind: "success" | "error" | "info"; message: string };

const styles: Record<Toast["kind"], string> = {
  success: "border-success bg-green-50 text-success",
  error: "border-danger bg-red-50 text-danger",
  info: "border-line bg-white text-ink",
};

/** Shows the message a redirect left behind; screen readers hear it once. */
export function Toaster({ toast }: { toast: Toast | null }) {
  const t = useT();
  const translateError = useTranslateError();
  const [visible, setVisible] = useState(Boolean(toast));
  useEffect(() => {
    setVisible(Boolean(toast));
    if (!toast) return;
    const timer = setTimeout(() => setVisible(false), 8000);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div
      aria-live="polite"
      role="status"
      className="pointer-events-none fixed inset-x-0 top-3 z-50 flex justify-center px-3"
    >
      {toast && visible ? (
        <div
          className={`pointer-events-auto flex max-w-xl items-start gap-3 rounded-md border px-4 py-3 font-medium shadow-md ${styles[toast.kind]}`}
        >
          <p>{translateError(toast.message)}</p>
          <button
            type="button"
            className="ml-2 underline"
            onClick={() => setVisible(false)}
            aria-label={t("common.close")}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
