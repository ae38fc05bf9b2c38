import { alertsMessages } from "./alerts";
import { challengesMessages } from "./challenges";
import { companiesMessages } from "./companies";
import { coordinationMessages } from "./coordination";
import { consoleMessages } from "./console";
import { coreJa } from "./core-ja";
import { discoveryMessages } from "./discovery";
import { importsMessages } from "./imports";
import { matchesMessages } from "./matches";
import { messagingMessages } from "./messaging";
import { notificationsMessages } from "./notifications";
import { professionalsMessages } from "./professionals";
import { recommendationsMessages } from "./recommendations";
import { referenceMessages } from "./reference";
import { safetyMessages } from "./safety";
import { scoringMessages } from "./scoring";
import { searchMessages } from "./search";
import { skillsMessages } from "./skills";

/**
 * The Japanese catalogue, the default language: one file per feature, so each
 * feature owns its keys (prefixed with its name; a test checks none collide).
 */
export const featureCatalogs = {
  core: coreJa,
  reference: referenceMessages.ja,
  companies: companiesMessages.ja,
  challenges: challengesMessages.ja,
  professionals: professionalsMessages.ja,
  skills: skillsMessages.ja,
  imports: importsMessages.ja,
  search: searchMessages.ja,
  discovery: discoveryMessages.ja,
  alerts: alertsMessages.ja,
  matches: matchesMessages.ja,
  messaging: messagingMessages.ja,
  recommendations: recommendationsMessages.ja,
  notifications: notificationsMessages.ja,
  scoring: scoringMessages.ja,
  coordination: coordinationMessages.ja,
  safety: safetyMessages.ja,
  console: consoleMessages.ja,
};

export const ja = {
  ...coreJa,
  ...referenceMessages.ja,
  ...companiesMessages.ja,
  ...challengesMessages.ja,
  ...professionalsMessages.ja,
  ...skillsMessages.ja,
  ...importsMessages.ja,
  ...searchMessages.ja,
  ...discoveryMessages.ja,
  ...alertsMessages.ja,
  ...matchesMessages.ja,
  ...messagingMessages.ja,
  ...recommendationsMessages.ja,
  ...notificationsMessages.ja,
  ...scoringMessages.ja,
  ...coordinationMessages.ja,
  ...safetyMessages.ja,
  ...consoleMessages.ja,
};
