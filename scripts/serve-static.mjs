// Temporary: bench/ (converted on another branch) still imports this path. Delete this file once
// bench/ imports ./serve-static.ts.
export * from './serve-static.ts';
