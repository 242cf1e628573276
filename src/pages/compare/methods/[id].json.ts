import type { APIRoute, GetStaticPaths } from 'astro';
import { comparedMethod, comparesInPage } from '~/lib/library/compare';
import { loadLibrary, type MethodEntry } from '~/lib/library/library';

/**
 * One method's cells of `/compare/`, fetched when a reader adds the method — written only for a
 * library too large for the page to hold every method's cells (src/lib/library/compare.ts).
 */
export const getStaticPaths = (async () => {
  const library = await loadLibrary();
  if (comparesInPage(library)) return [];
  return library.methods.map((method) => ({ params: { id: method.id }, props: { method } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ method: MethodEntry }> = async ({ props }) => {
  const library = await loadLibrary();
  return new Response(JSON.stringify(comparedMethod(library, props.method)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
