export const ROOT: string;
export const DEFAULT_DIST: string;

export interface Element {
  name: string;
  attributes: Record<string, string>;
  /** Names of the enclosing elements, nearest first. */
  ancestors: string[];
  /** The element's own text (not its descendants'), entities decoded. */
  text: string;
}

export interface Page {
  file: string;
  path: string;
  html: string;
  elements: Element[];
  ids: Set<string>;
}

export interface ExternalLink {
  page: string;
  url: string;
  rel: string;
  text: string;
}

export interface LinkReport {
  /** Internal links that do not resolve to a file, or whose #fragment names no element. */
  problems: string[];
  /** External links to URLs not in content/sources.yaml, or without rel nofollow/noreferrer. */
  externalProblems: string[];
  external: ExternalLink[];
  checked: number;
}

export interface Budget {
  /** Gzipped bytes for HTML + CSS + first-load JS. */
  total: number;
  /** Gzipped bytes for first-load JS alone. */
  js?: number;
  reason: string;
}

export interface WeightTemplate {
  template: string;
  path: string;
  budget: Budget;
}

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  files: { css: string[]; js: string[] };
}

export interface WeightRow extends PageWeight {
  template: string;
  budget: Budget;
  /** What the page exceeds, empty when within budget. */
  over: string[];
}

export function requireDist(dist?: string): string;
export function htmlFiles(dist?: string): string[];
export function pagePath(file: string): string;
export function fileForPath(dist: string, path: string): string | undefined;
export function decodeEntities(text: string): string;
export function loadPage(dist: string, file: string): Page;
export function siteOrigin(dist?: string): string | undefined;
export function allowedExternalUrls(root?: string): string[];
export function pageUrls(page: Page): { element: Element; attribute: string; url: string }[];
export function checkLinks(dist?: string, options?: { allowed?: string[]; origin?: string | undefined }): LinkReport;
export function isNoindex(page: Page): boolean;
export function checkHead(dist?: string): string[];
export function checkSitemap(dist?: string): string[];
export function validateHtml(dist?: string, configFile?: string): Promise<string[]>;
export const WEIGHT_TEMPLATES: WeightTemplate[];
export function staticModuleGraph(dist: string, entryFiles: string[]): Promise<string[]>;
export function pageWeight(dist: string, path: string): Promise<PageWeight>;
export function templateWeights(dist?: string, templates?: WeightTemplate[]): Promise<WeightRow[]>;
export function weightTable(rows: WeightRow[]): string;
