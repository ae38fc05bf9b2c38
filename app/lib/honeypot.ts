/** A field people never see; bots that fill every input fill it too. */
export const HONEYPOT_FIELD = "website_url";

export function isHoneypotFilled(formData: FormData) {
  const value = formData.get(HONEYPOT_FIELD);
  return typeof value === "string" && value.length > 0;
}
