import { HONEYPOT_FIELD } from "~/lib/honeypot";

/** Hidden from people and assistive technology; bots fill it and are turned away. */
export function HoneypotField() {
  return (
    <div hidden>
      <label>
        Leave this field empty
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </label>
    </div>
  );
}
