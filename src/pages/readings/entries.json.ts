import type { APIRoute } from 'astro';
import { TYPE_LABEL } from '~/lib/collections';
import { entryTitle, loadLibrary } from '~/lib/library/library';
import { entryPath, withBase } from '~/lib/urls';

/**
 * What the reading-list page needs to show any entry a shared link names: title, type,
 * summary, reading time and address. Built once; cached for offline use like every file.
 */
export const GET: APIRoute = async () => {
  const library = await loadLibrary();
  const entries = [...library.methods, ...library.cases, ...library.glossary].map((entry) => {
    const data = entry.data as { summary?: string; definition?: string };
    return {
      key: `${entry.collection}/${entry.id}`,
      type: TYPE_LABEL[entry.collection],
      title: entryTitle(entry),
      summary: data.summary ?? data.definition ?? '',
      minutes: library.minutes(entry.collection, entry.id),
      url: withBase(entryPath(entry.collection, entry.id)),
    };
  });
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
