import { alertsMessages } from "./alerts";
import { challengesMessages } from "./challenges";
import { companiesMessages } from "./companies";
import { coordinationMessages } from "./coordination";
import { consoleMessages } from "./console";
import { coreEn } from "./core-en";
import { discoveryMessages } from "./discovery";
import type { ja } from "./ja";
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

/** English. The type makes a missing or extra key a compile error. */
export const en: Record<keyof typeof ja, string> = {
  ...coreEn,
  ...referenceMessages.en,
  ...companiesMessages.en,
  ...challengesMessages.en,
  ...professionalsMessages.en,
  ...skillsMessages.en,
  ...importsMessages.en,
  ...searchMessages.en,
  ...discoveryMessages.en,
  ...alertsMessages.en,
  ...matchesMessages.en,
  ...messagingMessages.en,
  ...recommendationsMessages.en,
  ...notificationsMessages.en,
  ...scoringMessages.en,
  ...coordinationMessages.en,
  ...safetyMessages.en,
  ...consoleMessages.en,
};
