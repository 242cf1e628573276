// The file edition's runtime: a classic script in the <head> of every page of the edition,
// deferred like the page's own scripts and run before them (bundled by scripts/file-edition.ts
// into _file/runtime.js; it never delays the first paint). Opened from disk, a page can run
// classic scripts but cannot fetch() a file or import a module file. So, on file:// only:
//
// - fetch() of one of the site's own URLs is answered from a data script that carries the
//   file's bytes (_file/data/…, loaded with <script src> the first time one of its files is
//   asked for); _file/index.js lists which data script holds which file.
// - a module that page code imports by a computed path (Pagefind's pagefind.js) is loaded from
//   its classic-script bundle (_file/modules/…) through __fileEdition.importFrom().
// - a link that page code writes (/methods/x/, as search results do) is pointed at the file in
//   this folder (…/methods/x/index.html), on insertion, on click and, where the browser has the
//   Navigation API, on any navigation.
//
// Page bundles call meta() and importFrom() on every protocol, so those work everywhere.
import { fileOfSitePath, sitePathOfUrl } from './rewrite.ts';

/** The base path the site was built for (e.g. `/` or `/zhili/`), set when this file is bundled. */
declare const __SITE_BASE__: string;

interface DataFile {
  type: string;
  encoding: 'text' | 'base64';
  payload: string;
  bytes?: Uint8Array<ArrayBuffer>;
}

interface Index {
  /** file path below the root → the data script that carries it */
  data: Record<string, string>;
  /** module path below the root → its classic-script bundle */
  modules: Record<string, string>;
}

const script = document.currentScript as HTMLScriptElement;
/** The edition's folder: this script sits in its _file/ folder. */
const root = new URL('../', script.src);
const onDisk = location.protocol === 'file:';

const files = new Map<string, DataFile>();
const modules = new Map<string, unknown>();
const loading = new Map<string, Promise<void>>();
let resolveIndex: (index: Index) => void = () => undefined;
const index = new Promise<Index>((resolve) => (resolveIndex = resolve));

/** Runs one of the edition's scripts (a path below the root) once, however often it is asked for. */
function load(path: string): Promise<void> {
  let done = loading.get(path);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const element = document.createElement('script');
      element.src = new URL(path, root).href;
      element.addEventListener('load', () => resolve());
      element.addEventListener('error', () => reject(new Error(`本机版缺少文件：${path}`)));
      document.head.append(element);
    });
    loading.set(path, done);
  }
  return done;
}

let indexRequested = false;
function theIndex(): Promise<Index> {
  if (!indexRequested) {
    indexRequested = true;
    void load('_file/index.js');
  }
  return index;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The site path a URL stands for, when it is the site's own. */
function sitePath(url: URL): string | undefined {
  return sitePathOfUrl(url, root, __SITE_BASE__);
}

const api = {
  /** What `import.meta` says in a bundled module that came from `path` (below the root). */
  meta(path: string): { url: string; resolve(specifier: string): string } {
    const url = new URL(path, root).href;
    return { url, resolve: (specifier: string) => new URL(specifier, url).href };
  },

  /** `import(specifier)` for a module at `importer`, served from the module bundles. */
  importFrom(importer: string): (specifier: string) => Promise<unknown> {
    return async (specifier: string) => {
      const url = new URL(specifier, importer);
      const path = sitePath(url);
      const file = path === undefined ? undefined : fileOfSitePath(path);
      const bundle = file === undefined ? undefined : (await theIndex()).modules[file];
      if (!file || !bundle) throw new TypeError(`本机版无法载入模块：${specifier}`);
      await load(bundle);
      if (!modules.has(file)) throw new TypeError(`本机版的模块没有登记：${file}`);
      return modules.get(file);
    };
  },

  /** Called by a module bundle with its exports. */
  define(path: string, namespace: unknown): void {
    modules.set(path, namespace);
  },

  /** Called by _file/index.js. */
  index(value: Index): void {
    resolveIndex(value);
  },

  /** Called by a data script for each file it carries. */
  put(path: string, type: string, encoding: DataFile['encoding'], payload: string): void {
    files.set(path, { type, encoding, payload });
  },
};

type Api = typeof api;
declare global {
  interface Window {
    __fileEdition: Api;
  }
}
window.__fileEdition = api;

/** The file a site URL is served from, or undefined when it is not one of the site's. */
async function dataFile(url: URL): Promise<{ path: string; file?: DataFile } | undefined> {
  const path = sitePath(url);
  if (path === undefined) return undefined;
  const file = fileOfSitePath(path);
  const pack = (await theIndex()).data[file];
  if (!pack) return { path: file };
  await load(pack);
  const found = files.get(file);
  return found ? { path: file, file: found } : { path: file };
}

if (onDisk) {
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const url = new URL(request ? request.url : String(input), location.href);
    const found = method === 'GET' || method === 'HEAD' ? await dataFile(url) : undefined;
    if (!found) return nativeFetch(input, init);
    if (!found.file) {
      return new Response(`本机版没有这个文件：${found.path}`, {
        status: 404,
        statusText: 'Not Found',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    const { file } = found;
    let body: string | Uint8Array<ArrayBuffer> = file.payload;
    if (file.encoding === 'base64') body = file.bytes ??= decodeBase64(file.payload);
    return new Response(method === 'HEAD' ? null : body, { status: 200, headers: { 'content-type': file.type } });
  };

  /** The file URL in this folder for a link page code wrote, or undefined if it needs no change. */
  const localUrl = (value: string): string | undefined => {
    let url: URL;
    try {
      url = new URL(value, location.href);
    } catch {
      return undefined;
    }
    const path = sitePath(url);
    if (path === undefined) return undefined;
    const target = new URL(encodeURI(fileOfSitePath(path)), root);
    target.search = url.search;
    target.hash = url.hash;
    return target.href === url.href ? undefined : target.href;
  };

  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data-href', 'data-url'];
  const fix = (element: Element) => {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null || value.startsWith('#')) continue;
      const local = localUrl(value);
      if (local) element.setAttribute(name, local);
    }
  };
  const selector = URL_ATTRIBUTES.map((name) => `[${name}]`).join(',');
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') fix(record.target as Element);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        fix(node);
        node.querySelectorAll(selector).forEach(fix);
      }
    }
  });
  // The page as built already links to files: watch only what scripts add, from the end of
  // parsing (page scripts run just after), so that a long page is not checked node by node.
  const watch = () =>
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: URL_ATTRIBUTES,
    });
  if (document.readyState === 'loading') document.addEventListener('readystatechange', watch, { once: true });
  else watch();

  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (link) fix(link);
    },
    true,
  );

  // Navigations page code starts itself (location.href = '/methods/x/').
  interface NavigateEvent extends Event {
    readonly cancelable: boolean;
    readonly hashChange: boolean;
    readonly navigationType: 'push' | 'replace' | 'reload' | 'traverse';
    readonly destination: { url: string };
  }
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    const navigate = event as NavigateEvent;
    if (!navigate.cancelable || navigate.hashChange || navigate.navigationType === 'traverse') return;
    const local = localUrl(navigate.destination.url);
    if (!local) return;
    navigate.preventDefault();
    if (navigate.navigationType === 'replace') location.replace(local);
    else location.assign(local);
  });
}
