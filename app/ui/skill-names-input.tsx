import { useId, type ChangeEvent, type FocusEvent, type KeyboardEvent } from "react";
import { useLocale, useT } from "~/lib/i18n/react";
import { currentTerm, insertSuggestion } from "~/modules/skills/search";
import { ErrorList, type FieldProps } from "./field";
import { useCombobox } from "./use-combobox";

type Suggestion = { slug: string; name: string; nameJa: string; nameEn: string };

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

  const combobox = useCombobox<Suggestion>({
    listId,
    load: async (term, signal) => {
      const search = new URLSearchParams({ q: term, limit: String(LIMIT) });
      const response = await fetch(`/api/skills?${search}`, {
        signal,
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`suggestions: ${response.status}`);
      return ((await response.json()) as { skills: Suggestion[] }).skills;
    },
    describe: (count) => (count > 0 ? t("skills.input.found", { count }) : t("skills.input.none")),
  });
  const { enhanced, options, open, active, status, inputRef } = combobox;

  /** Looks up the term at the caret. */
  function lookup() {
    const input = inputRef.current;
    if (!input) return;
    combobox.lookup(currentTerm(input.value, input.selectionStart ?? input.value.length).term);
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
    combobox.reset();
    input.focus();
  }

  const comboboxProps = enhanced
    ? {
        ...combobox.ariaProps,
        onChange: (event: ChangeEvent<HTMLInputElement>) => {
          onChange?.(event);
          lookup();
        },
        onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
          onKeyDown?.(event);
          if (!event.defaultPrevented) combobox.handleKeyDown(event, choose);
        },
        onBlur: (event: FocusEvent<HTMLInputElement>) => {
          onBlur?.(event);
          combobox.close();
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
