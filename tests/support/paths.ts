import { resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "../..");
export const tmpDir = resolve(projectRoot, "tests/.tmp");
