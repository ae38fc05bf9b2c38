/** Messages of the imports feature; the en type makes a missing or extra key a compile error. */
const ja = {} as const;

const en: Record<keyof typeof ja, string> = {};

export const importsMessages = { ja, en };
