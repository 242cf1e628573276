import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind's compressed files start, once unzipped, with this signature. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
}

/**
 * Every page Pagefind wrote, with the id its search results carry: a fragment file holds one
 * page (named by its id) or a group of pages keyed by id.
 */
export async function indexedPages(pagefindDir: string): Promise<{ id: string; url: string }[]> {
  const dir = join(pagefindDir, 'fragment');
  const pages: { id: string; url: string }[] = [];
  const names = (await readdir(dir)).filter((file) => file.endsWith('.pf_fragment'));
  // Read side by side: one after another, 3,000 fragments took over a second.
  const contents = await Promise.all(names.map((file) => readFile(join(dir, file))));
  names.forEach((file, i) => {
    const text = gunzipSync(contents[i] as Buffer).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`Pagefind 片段文件格式不认识：${file}`);
    const data = JSON.parse(text.slice(SIGNATURE.length)) as Fragment | Record<string, Fragment>;
    if (typeof data.url === 'string') pages.push({ id: file.replace(/\.pf_fragment$/, ''), url: data.url });
    else for (const [id, fragment] of Object.entries(data as Record<string, Fragment>)) pages.push({ id, url: fragment.url });
  });
  return pages;
}
