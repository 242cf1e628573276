// Warnings in a build log, grouped by what they say: a warning printed once per entry (a
// MODULE_LEVEL_DIRECTIVE from every page bundle, a deprecation per file) shows up as one message
// repeated as many times as there are entries, and drowns the log of a large library.

const WARNING = /\[WARN\]|\bwarn(ing)?\b|MODULE_LEVEL_DIRECTIVE|deprecat/i;

export interface RepeatedWarning {
  /** The message with file paths, ids and numbers blanked out. */
  message: string;
  count: number;
}

export interface WarningSummary {
  /** Log lines that are warnings. */
  lines: number;
  /** Each distinct message with how often it appears, the most frequent first. */
  messages: RepeatedWarning[];
}

/** A warning line reduced to its message: no timestamp, no colour, paths and numbers blanked. */
export function warningMessage(line: string): string {
  return line
    .replace(/\x1b\[[0-9;]*m/g, '')
    .replace(/^\d\d:\d\d:\d\d\s+/, '')
    .replace(/(?:[A-Za-z]:)?(?:\.{0,2}\/)?(?:[\w.@+-]+\/)+[\w.@+-]+/g, '<path>')
    .replace(/\d+/g, '#')
    .trim();
}

export function summarizeWarnings(log: readonly string[]): WarningSummary {
  const counts = new Map<string, number>();
  let lines = 0;
  for (const line of log) {
    if (!WARNING.test(line)) continue;
    lines++;
    const message = warningMessage(line);
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  const messages = [...counts].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count);
  return { lines, messages };
}

/**
 * The messages that repeat with the size of the library: printed at least once for every
 * `perEntries` entries (10 by default), so they are per entry or per page rather than per build.
 */
export function perEntryWarnings(summary: WarningSummary, entries: number, perEntries = 10): RepeatedWarning[] {
  return summary.messages.filter((m) => m.count >= Math.max(2, entries / perEntries));
}
