// Temporary: bench/ (converted on another branch) still imports this path. Delete this file once
// bench/ imports ./site-copy.ts.
export * from './site-copy.ts';
