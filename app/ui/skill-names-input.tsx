import {
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
} from "react";
import { useLocale, useT } from "~/lib/i18n/react";
import { currentTerm, insertSuggestion } from "~/modules/skills/search";
import { ErrorList, type FieldProps } from "./field";

type Suggestion = { slug: string; name: string; nameJa: string; nameEn: string };

const DEBOUNCE_MS = 200;
const LIMIT = 8;

/**
 * A text input for a list of skill names ("Python、Salesforce"), resolved against
 * the taxonomy on the server. Without JavaScript it is a plain input. With it, it is
 * an ARIA combobox: the term at the caret is looked up in /api/skills (debounced,
 * stale requests aborted); ↑/↓ move through the suggestions, Enter inserts one with
 * a separator, Escape closes the list.
 */
export function SkillNamesInput({ label, hint, errors, inputProps, className }: FieldProps) {
  const t = useT();
  const locale = useLocale();
  const fallbackId = useId();
  const { key, onChange, onKeyDown, onBlur, ...rest } = inputProps;
  const id = rest.id ?? fallbackId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const listId = `${id}-suggestions`;

  const [enhanced, setEnhanced] = useState(false);
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    setEnhanced(true);
    return () => {
      clearTimeout(timer.current);
      request.current?.abort();
    };
  }, []);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function lookup() {
    const input = inputRef.current;
    if (!input) return;
    const { term } = currentTerm(input.value, input.selectionStart ?? input.value.length);
    clearTimeout(timer.current);
    request.current?.abort();
    if (!term) {
      close();
      setOptions([]);
      return;
    }
    timer.current = setTimeout(() => {
      const controller = new AbortController();
      request.current = controller;
      const search = new URLSearchParams({ q: term, limit: String(LIMIT) });
      fetch(`/api/skills?${search}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(`suggestions: ${response.status}`);
          const body = (await response.json()) as { skills: Suggestion[] };
          if (controller.signal.aborted) return;
          setOptions(body.skills);
          setActive(-1);
          setOpen(body.skills.length > 0);
          setStatus(
            body.skills.length > 0
              ? t("skills.input.found", { count: body.skills.length })
              : t("skills.input.none"),
          );
        })
        .catch(() => {
          // Aborted (a newer term is on its way) or unavailable: the field still works.
          if (!controller.signal.aborted) close();
        });
    }, DEBOUNCE_MS);
  }

  function choose(option: Suggestion) {
    const input = inputRef.current;
    if (!input) return;
    const range = currentTerm(input.value, input.selectionStart ?? input.value.length);
    const next = insertSuggestion(input.value, range, option.name, locale === "ja" ? "、" : ", ");
    input.value = next.value;
    input.setSelectionRange(next.caret, next.caret);
    // Conform listens for input events on the form.
    input.dispatchEvent(new Event("input", { bubbles: true }));
    clearTimeout(timer.current);
    request.current?.abort();
    close();
    setOptions([]);
    setStatus("");
    input.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    const count = options.length;
    switch (event.key) {
      case "ArrowDown":
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((current) => (current + 1) % count);
        break;
      case "ArrowUp":
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((current) => (current <= 0 ? count - 1 : current - 1));
        break;
      case "Enter":
        if (open && active >= 0 && options[active]) {
          event.preventDefault();
          choose(options[active]);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case "Tab":
        close();
        break;
    }
  }

  const comboboxProps = enhanced
    ? {
        role: "combobox" as const,
        "aria-autocomplete": "list" as const,
        "aria-expanded": open,
        "aria-controls": listId,
        "aria-activedescendant": open && active >= 0 ? `${listId}-${active}` : undefined,
        autoComplete: "off",
        onChange: (event: ChangeEvent<HTMLInputElement>) => {
          onChange?.(event);
          lookup();
        },
        onKeyDown: handleKeyDown,
        onBlur: (event: FocusEvent<HTMLInputElement>) => {
          onBlur?.(event);
          close();
        },
      }
    : { onChange, onKeyDown, onBlur };

  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className="relative">
        <input
          key={key ?? undefined}
          {...rest}
          {...comboboxProps}
          ref={inputRef}
          id={id}
          className="input"
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        />
        {enhanced ? (
          <ul
            id={listId}
            role="listbox"
            aria-label={t("skills.input.suggestions")}
            hidden={!open}
            className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-line bg-white py-1 shadow-lg"
          >
            {options.map((option, index) => (
              // The keyboard works on the input (aria-activedescendant), as the
              // combobox pattern asks; the options only take pointer clicks.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={option.slug}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={`flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 px-3 py-2 ${
                  index === active ? "bg-paper font-semibold outline-2 outline-current" : ""
                }`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                <span>{option.name}</span>
                <span className="text-sm text-muted">
                  {option.name === option.nameJa ? option.nameEn : option.nameJa}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="sr-only" role="status">
        {status}
      </p>
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}
