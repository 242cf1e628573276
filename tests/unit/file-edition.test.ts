import { describe, expect, it } from 'vitest';
import {
  editTags,
  fileEditionCsp,
  fileOfSitePath,
  localHref,
  mapSrcset,
  relativeFile,
  sitePathOfUrl,
} from '../../scripts/file-edition/rewrite';

describe('fileOfSitePath', () => {
  it('answers a folder with its index.html, as a static server does', () => {
    expect(fileOfSitePath('')).toBe('index.html');
    expect(fileOfSitePath('methods/')).toBe('methods/index.html');
    expect(fileOfSitePath('methods/xingbei-3456')).toBe('methods/xingbei-3456/index.html');
  });

  it('leaves a file as it is', () => {
    expect(fileOfSitePath('favicon.svg')).toBe('favicon.svg');
    expect(fileOfSitePath('pagefind/fragment/zh-cn_1a.pf_fragment')).toBe('pagefind/fragment/zh-cn_1a.pf_fragment');
  });
});

describe('relativeFile', () => {
  it('climbs out of the page folder and into the target', () => {
    expect(relativeFile('methods/a/index.html', 'cases/b/index.html')).toBe('../../cases/b/index.html');
    expect(relativeFile('index.html', 'methods/index.html')).toBe('methods/index.html');
    expect(relativeFile('methods/a/index.html', 'index.html')).toBe('../../index.html');
    expect(relativeFile('methods/a/index.html', 'methods/a/index.html')).toBe('index.html');
    expect(relativeFile('methods/index.html', 'methods/a/index.html')).toBe('a/index.html');
  });
});

describe('localHref', () => {
  const page = 'methods/xingbei-3456/index.html';

  it('turns a root-absolute page link into a relative link to the file', () => {
    expect(localHref('/methods/liuge-qilai/', page, '/')).toBe('../liuge-qilai/index.html');
    expect(localHref('/', page, '/')).toBe('../../index.html');
    expect(localHref('/_astro/BaseLayout.CHUSo_Ym.css', 'index.html', '/')).toBe('_astro/BaseLayout.CHUSo_Ym.css');
  });

  it('keeps query strings and anchors', () => {
    expect(localHref('/sources/yongji-article/#part-3', page, '/')).toBe(
      '../../sources/yongji-article/index.html#part-3',
    );
    expect(localHref('/search/?q=%E8%B0%83%E8%A7%A3&type=术语', page, '/')).toBe(
      '../../search/index.html?q=%E8%B0%83%E8%A7%A3&type=%E6%9C%AF%E8%AF%AD',
    );
  });

  it('strips the base path the site was built for', () => {
    expect(localHref('/zhili/methods/', 'index.html', '/zhili/')).toBe('methods/index.html');
    expect(localHref('/other/', 'index.html', '/zhili/')).toBeUndefined();
  });

  it('resolves relative links and names the file of a folder', () => {
    expect(localHref('../', page, '/')).toBe('../index.html');
    expect(localHref('./', page, '/')).toBe('index.html');
  });

  it('leaves anchors, queries, other schemes and hosts alone', () => {
    for (const url of [
      '#main',
      '?q=1',
      'https://example.org/x',
      '//cdn.example/x.js',
      'mailto:a@b.c',
      'data:image/png;base64,AA',
      '',
    ]) {
      expect(localHref(url, page, '/')).toBeUndefined();
    }
  });
});

describe('mapSrcset', () => {
  it('maps each candidate and keeps its descriptor', () => {
    expect(mapSrcset('/a.png 1x, /b.png 2x', (url) => `.${url}`)).toBe('./a.png 1x, ./b.png 2x');
  });
});

describe('sitePathOfUrl', () => {
  const root = new URL('file:///home/%E5%BC%A0%20%E4%B8%89/site/');

  it('reads a URL inside the edition folder as the path below it', () => {
    expect(sitePathOfUrl(new URL('file:///home/%E5%BC%A0%20%E4%B8%89/site/methods/x/?hl=1'), root, '/')).toBe(
      'methods/x/',
    );
    expect(
      sitePathOfUrl(new URL('file:///home/%E5%BC%A0%20%E4%B8%89/site/pagefind/pagefind-entry.json?ts=1'), root, '/'),
    ).toBe('pagefind/pagefind-entry.json');
  });

  it('reads a root-absolute site link resolved against the disk as a site path', () => {
    expect(sitePathOfUrl(new URL('file:///methods/x/'), root, '/')).toBe('methods/x/');
    expect(sitePathOfUrl(new URL('file:///zhili/methods/x/'), root, '/zhili/')).toBe('methods/x/');
    expect(sitePathOfUrl(new URL('file:///elsewhere/x/'), root, '/zhili/')).toBeUndefined();
  });

  it('drops the drive letter Windows keeps when resolving a root-absolute link', () => {
    const windowsRoot = new URL('file:///D:/%E6%96%B9%E6%B3%95%E5%BA%93/site/');
    const link = new URL('/methods/x/', 'file:///D:/%E6%96%B9%E6%B3%95%E5%BA%93/site/index.html');
    expect(link.href).toBe('file:///D:/methods/x/');
    expect(sitePathOfUrl(link, windowsRoot, '/')).toBe('methods/x/');
    expect(sitePathOfUrl(new URL('file:///D:/%E6%96%B9%E6%B3%95%E5%BA%93/site/cases/'), windowsRoot, '/')).toBe(
      'cases/',
    );
  });

  it('is not fooled by another scheme or host', () => {
    expect(sitePathOfUrl(new URL('http://127.0.0.1/methods/'), root, '/')).toBeUndefined();
    const served = new URL('http://intranet/fangfaku/site/');
    expect(sitePathOfUrl(new URL('http://intranet/fangfaku/site/cases/'), served, '/')).toBe('cases/');
    expect(sitePathOfUrl(new URL('http://intranet/methods/'), served, '/')).toBe('methods/');
    expect(sitePathOfUrl(new URL('http://elsewhere/methods/'), served, '/')).toBeUndefined();
  });
});

describe('fileEditionCsp', () => {
  const policy =
    "default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=' 'sha256-def='; style-src 'self' 'sha256-s1='";

  it("adds file: wherever 'self' is allowed, and nothing else", () => {
    const none = { scripts: [], styles: [] };
    expect(fileEditionCsp(policy, none)).toBe(
      "default-src 'self' file:;img-src 'self' file: data:;object-src 'none'; script-src 'self' file: 'wasm-unsafe-eval'; style-src 'self' file: 'sha256-s1='",
    );
    expect(fileEditionCsp(fileEditionCsp(policy, none), none)).toBe(fileEditionCsp(policy, none));
  });

  it("lists exactly the page's inline scripts, and keeps the site's style hashes", () => {
    const out = fileEditionCsp(policy, { scripts: ["'sha256-new='"], styles: ["'sha256-s1='", "'sha256-s2='"] });
    expect(out).toContain("script-src 'self' file: 'wasm-unsafe-eval' 'sha256-new='");
    expect(out).toContain("style-src 'self' file: 'sha256-s1=' 'sha256-s2='");
    expect(out).not.toContain('abc=');
  });
});

describe('editTags', () => {
  const html = `<!DOCTYPE html><html><head><!-- <a href="/x/"> --><link rel="stylesheet" href="/a.css"></head>
<body><a class="c" href="/m/?a=1&amp;b=2" hidden>x</a><script>if (a<b) document.write('<a href="/no/">')</script>
<script type="module" src="/_astro/a.js"></script><textarea><a href="/no/"></textarea><img src=/i.png alt='q'></body></html>`;

  it('changes only the attributes asked for and keeps the rest byte for byte', () => {
    const out = editTags(html, (tag) => {
      const href = tag.attributes.get('href');
      return href ? { set: { href: `.${href}` } } : undefined;
    });
    expect(out).toBe(
      html.replace('href="/a.css"', 'href="./a.css"').replace('href="/m/?a=1&amp;b=2"', 'href="./m/?a=1&amp;b=2"'),
    );
  });

  it('never reads comments, script text or textarea content as markup', () => {
    const seen: string[] = [];
    editTags(html, (tag) => {
      seen.push(`${tag.name}${tag.attributes.has('href') ? `:${tag.attributes.get('href')}` : ''}`);
      return undefined;
    });
    expect(seen).toEqual([
      'html',
      'head',
      'link:/a.css',
      'body',
      'a:/m/?a=1&b=2',
      'script',
      'script',
      'textarea',
      'img',
    ]);
  });

  it('gives script text and replaces a whole element', () => {
    const texts: string[] = [];
    const out = editTags(html, (tag) => {
      if (tag.name !== 'script') return undefined;
      texts.push(tag.text ?? '');
      return tag.attributes.get('type') === 'module' ? { replace: '<script defer src="b.js"></script>' } : undefined;
    });
    expect(texts).toEqual([`if (a<b) document.write('<a href="/no/">')`, '']);
    expect(out).toContain('<script defer src="b.js"></script><textarea>');
    expect(out).not.toContain('/_astro/a.js');
  });

  it('removes, adds and quotes attributes', () => {
    const out = editTags('<img src=/i.png alt=\'q\'><a href="/x">', (tag) =>
      tag.name === 'img' ? { set: { src: 'i "1".png', alt: null, loading: 'lazy' } } : undefined,
    );
    expect(out).toBe('<img src="i &quot;1&quot;.png" loading="lazy"><a href="/x">');
  });
});
