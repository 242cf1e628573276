export const ROOT: string;
export const SITE_FILES: string[];
export function copySite(dir: string): void;
export function linkModules(dir: string): void;
export function buildEnv(dir: string): NodeJS.ProcessEnv;
