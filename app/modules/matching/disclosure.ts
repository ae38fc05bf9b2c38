/**
 * Staged disclosure: what the company side sees of the professional in a match.
 * Until the professional has agreed to the match, exactly what their profile's
 * visibility allows (an anonymous profile stays an anonymous summary). Once they have
 * agreed, the company of this match sees their name and contact details, whatever
 * the visibility: agreeing is the professional's consent to that company.
 */
import type { ProfileView } from "~/modules/professionals/visibility";

export type ProfessionalDisclosure = "contact" | "profile" | "anonymous";

export function professionalDisclosure(
  match: { professionalAcceptedAt: Date | null },
  viewerIsProfessional: boolean,
  profileView: ProfileView,
): ProfessionalDisclosure {
  if (viewerIsProfessional || match.professionalAcceptedAt !== null) return "contact";
  return profileView === "full" ? "profile" : "anonymous";
}

/** The company's contacts open to the professional once both sides have agreed. */
export function companyContactsOpen(match: {
  professionalAcceptedAt: Date | null;
  companyAcceptedAt: Date | null;
}) {
  return match.professionalAcceptedAt !== null && match.companyAcceptedAt !== null;
}
