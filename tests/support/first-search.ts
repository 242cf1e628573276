// What a first search fetches from a Pagefind index, read from the files rather than a browser:
// Pagefind's script, its entry file, the language's metadata and WebAssembly, and the one index
// chunk whose word range holds the query. Fragments of the results and any search UI come on top.
// The index files are gzipped as written; the script is counted as gzip would send it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ShardedLexicon } from '../../src/search/lexicon-loader.ts';
import { PAGES_NAMED_EARLY, shardFile, type LexiconCore } from '../../src/search/lexicon-shards.ts';

/** A word the synthetic text takes from the real content, one Pagefind indexes as a Chinese word. */
export const FIRST_SEARCH_QUERY = '调解';

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null | undefined;

/** Decodes the CBOR subset Pagefind's metadata uses: integers, strings, bytes, arrays and maps. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): Cbor => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) return info === 20 ? false : info === 21 ? true : info === 22 ? null : undefined;
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        return bytes.subarray(at, (at += n));
      case 3:
        return new TextDecoder().decode(bytes.subarray(at, (at += n)));
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      default:
        throw new Error(`CBOR major type ${major} not supported`);
    }
  };
  return item();
}

/** A Pagefind file's content: gunzipped, without its `pagefind_dcd` signature. */
function pagefindFile(path: string): Uint8Array {
  const data = gunzipSync(readFileSync(path));
  const signature = 'pagefind_dcd';
  return new TextDecoder().decode(data.subarray(0, signature.length)) === signature
    ? data.subarray(signature.length)
    : data;
}

/** Bytes a first search for `query` fetches from the index in `dir` (a dist's pagefind/); NaN without an index. */
export function firstSearchBytes(dir: string, query = FIRST_SEARCH_QUERY): number {
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return NaN;
  try {
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
      languages: Record<string, { hash: string; wasm?: string | null }>;
    };
    const language = Object.values(entry.languages)[0];
    if (!language) return NaN;
    const metaFile = join(dir, `pagefind.${language.hash}.pf_meta`);
    const wasmFile = join(dir, `wasm.${language.wasm ?? 'unknown'}.pagefind`);
    const meta = decodeCbor(pagefindFile(metaFile));
    const chunks = (Array.isArray(meta) && Array.isArray(meta[2]) ? meta[2] : []) as [string, string, string][];
    const chunk =
      chunks.find(([from, to]) => from <= query && query <= to) ?? chunks.find(([from]) => from.startsWith(query));
    const chunkFile = chunk ? join(dir, 'index', `${chunk[2]}.pf_index`) : undefined;
    const script = join(dir, 'pagefind.js');
    return (
      gzipSync(readFileSync(script)).length +
      statSync(entryFile).size +
      statSync(metaFile).size +
      (existsSync(wasmFile) ? statSync(wasmFile).size : 0) +
      (chunkFile && existsSync(chunkFile) ? statSync(chunkFile).size : 0)
    );
  } catch (error) {
    console.error(
      `first search: ${error instanceof Error ? error.message : String(error)} (in ${dir}: ${readdirSync(dir).join(', ')})`,
    );
    return NaN;
  }
}

/**
 * What a first search for `query` fetches of the site's own lexicon in `dist` (gzipped, as a
 * server that compresses JSON sends it): the core, the word shards the query is read with, the
 * entry shards it names entries from, and the page shards of the first pages found — counted as
 * that many shards of average size, since which pages the index finds is not known here.
 */
export async function lexiconFirstSearch(
  dist: string,
  query = FIRST_SEARCH_QUERY,
): Promise<{ bytes: number; files: number }> {
  const coreFile = join(dist, 'search-lexicon.json');
  if (!existsSync(coreFile)) return { bytes: NaN, files: NaN };
  const gz = (path: string) => gzipSync(readFileSync(path)).length;
  const core = JSON.parse(readFileSync(coreFile, 'utf8')) as LexiconCore;
  const fetched = new Set<string>();
  const lexicon = new ShardedLexicon(core, async (kind, n) => {
    fetched.add(shardFile(kind, n));
    return JSON.parse(readFileSync(join(dist, shardFile(kind, n)), 'utf8'));
  });
  const { query: read } = await lexicon.read(query);
  await lexicon.entriesFor(read);
  let bytes = gz(coreFile) + [...fetched].reduce((sum, file) => sum + gz(join(dist, file)), 0);
  let files = 1 + fetched.size;
  if (core.shards.pages > 1) {
    const pageShards = Array.from({ length: core.shards.pages }, (_, n) => gz(join(dist, shardFile('pages', n))));
    const early = Math.min(PAGES_NAMED_EARLY, core.shards.pages);
    bytes += (early * pageShards.reduce((a, b) => a + b, 0)) / pageShards.length;
    files += early;
  }
  return { bytes, files };
}
