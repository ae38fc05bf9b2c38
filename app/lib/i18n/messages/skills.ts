/** Messages of the skills feature; the en type makes a missing or extra key a compile error. */
const ja = {} as const;

const en: Record<keyof typeof ja, string> = {};

export const skillsMessages = { ja, en };
