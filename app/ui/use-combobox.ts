import { useEffect, useRef, useState, type KeyboardEvent } from "react";

const DEBOUNCE_MS = 200;

/**
 * The behaviour of an input with suggestions, as the ARIA combobox pattern asks: the
 * options for a term are loaded after a pause in typing (a newer term aborts the
 * request on its way); ↑/↓ move through them, Enter picks one, Escape and Tab close
 * the list; a live status says how many there are. Until hydration (`enhanced`) the
 * input stays a plain input, so forms work without JavaScript.
 */
export function useCombobox<Option>({
  listId,
  load,
  describe,
}: {
  listId: string;
  load: (term: string, signal: AbortSignal) => Promise<Option[]>;
  /** the status read out when `count` options arrive */
  describe: (count: number) => string;
}) {
  const [enhanced, setEnhanced] = useState(false);
  const [options, setOptions] = useState<Option[]>([]);
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

  /** Forgets the options (after one was picked, or when the term is empty). */
  function reset() {
    clearTimeout(timer.current);
    request.current?.abort();
    close();
    setOptions([]);
    setStatus("");
  }

  function lookup(term: string) {
    if (!term.trim()) return reset();
    clearTimeout(timer.current);
    request.current?.abort();
    timer.current = setTimeout(() => {
      const controller = new AbortController();
      request.current = controller;
      load(term, controller.signal)
        .then((loaded) => {
          if (controller.signal.aborted) return;
          setOptions(loaded);
          setActive(-1);
          setOpen(loaded.length > 0 && document.activeElement === inputRef.current);
          setStatus(describe(loaded.length));
        })
        .catch(() => {
          // Aborted (a newer term is on its way) or unavailable: the input still works.
          if (!controller.signal.aborted) close();
        });
    }, DEBOUNCE_MS);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>, choose: (option: Option) => void) {
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
      case "Enter": {
        const option = open && active >= 0 ? options[active] : undefined;
        if (option) {
          event.preventDefault();
          choose(option);
        } else {
          close();
        }
        break;
      }
      case "Escape":
        if (open) {
          // Keep the browser from also clearing a search input.
          event.preventDefault();
          close();
        }
        break;
      case "Tab":
        close();
        break;
    }
  }

  /** The input's ARIA state while enhanced. */
  const ariaProps = {
    role: "combobox" as const,
    "aria-autocomplete": "list" as const,
    "aria-expanded": open,
    "aria-controls": listId,
    "aria-activedescendant": open && active >= 0 ? `${listId}-${active}` : undefined,
    autoComplete: "off",
  };

  return {
    enhanced,
    options,
    open,
    active,
    status,
    inputRef,
    ariaProps,
    lookup,
    reset,
    close,
    handleKeyDown,
  };
}
