/**
 * The generated part of the demo data, fixed by its seeds: the same companies,
 * challenges and people on every run.
 */
import { generateChallenges } from "./challenges";
import { generateCompanies } from "./companies";
import { generateProfiles } from "./people";

export const generatedCompanies = generateCompanies(20261001);
export const generatedChallenges = generateChallenges(generatedCompanies, 20261002);
export const generatedProfiles = generateProfiles(300, 20261003);
