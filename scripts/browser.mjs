// Temporary: bench/ (converted on another branch) still imports this path. Delete this file once
// bench/ imports ./browser.ts.
export * from './browser.ts';
