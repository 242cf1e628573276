import type { APIRoute } from 'astro';
import { loadLibrary } from '~/lib/library/library';

/** Every method a reader can add to `/compare/`: [id, title, place] (see src/lib/library/compare.ts). */
export const GET: APIRoute = async () => {
  const library = await loadLibrary();
  const rows = library.methods.map((m) => [m.id, m.data.title, library.placeChain(m.data.place.id).at(-1)?.name ?? '']);
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
