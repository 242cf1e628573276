// Makes the offline packages from the built site (dist/), run through `npm run package`, which
// builds first. SITE_BASE decides the sub-path the packages are built for.
// - for servers: a dated .tar.gz of dist/ with a short Chinese readme on serving it on an
//   intranet and previewing it locally;
// - for computers with no server: a .zip of the file edition (scripts/file-edition.ts), a folder
//   that opens by double-clicking, with search.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { OPENER, writeFileEdition, zipFolder } from './file-edition.ts';

if (!existsSync('dist/index.html')) {
  console.error('没有找到 dist/：请先运行 npm run build（npm run package 会自动构建）。');
  process.exit(1);
}
const base = process.env['SITE_BASE'] ?? '/';
const date = new Date().toISOString().slice(0, 10).replaceAll('-', '');
const name = `jiceng-zhili-fangfaku-${date}`;
const work = mkdtempSync(join(tmpdir(), 'jiceng-package-'));
const folder = join(work, name);
cpSync('dist', join(folder, 'site'), { recursive: true });
// The package's preview server runs on the reader's Node (18 or later, no TypeScript): the
// types are stripped from scripts/serve-static.ts, which imports nothing but Node's own modules.
writeFileSync(
  join(folder, 'serve-static.mjs'),
  transformSync(readFileSync('scripts/serve-static.ts', 'utf8'), {
    loader: 'ts',
    format: 'esm',
    banner: '// 本机预览：node serve-static.mjs <文件夹> [端口] [路径]',
  }).code,
);
writeFileSync(
  join(folder, '离线部署说明.txt'),
  `基层治理方法库 · 离线部署包（${date}）

这个包里的 site/ 文件夹就是完整的网站，全部是静态文件，不需要数据库，也不访问外网。
本包按访问路径“${base}”构建${base === '/' ? '（放在网站根目录）' : `（放在 ${base} 下）`}。需要放到别的路径时，
请用 SITE_BASE=/路径/ npm run package 重新打包。

一、放到内网服务器（以 nginx 为例）
  1. 把 site/ 里的全部文件复制到服务器，例如 /srv/jiceng/。
  2. 在 nginx 配置中加入：
${
  base === '/'
    ? `       location / {
           root /srv/jiceng;
           index index.html;
           try_files $uri $uri/ =404;
       }`
    : `       location ${base} {
           alias /srv/jiceng/;
           index index.html;
           try_files $uri $uri/ =404;
       }`
}
       error_page 404 ${base}404.html;
       location = ${base}sw.js { add_header Cache-Control "no-cache"; }
  3. 重新加载 nginx（nginx -s reload），用浏览器打开即可。其他静态服务器（IIS、Apache、Caddy 等）同理：
     目录请求返回其中的 index.html，sw.js 不要长期缓存。

二、在本机预览
  有 Node.js 18 以上：  node serve-static.mjs site 8080 ${base}
  然后打开 http://127.0.0.1:8080${base}
  有 Python 3（仅适用于按根路径“/”构建的包）：  cd site && python3 -m http.server 8080

三、离线使用
  用浏览器联网打开一次后，所有页面和搜索都会保存在浏览器里，断网也能使用；“使用说明”页显示保存进度。
  更新网站时，用新包的 site/ 替换服务器上的文件即可，读者下次打开会自动更新。
`,
);
const archive = `${name}.tar.gz`;
const result = spawnSync('tar', ['-czf', archive, '-C', work, name], { stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(work, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}
console.log(`离线部署包已生成：${archive}`);

const edition = join(work, 'file-edition');
const summary = await writeFileEdition({ dist: 'dist', out: edition, base, date });
const zip = `${name}-本机版.zip`;
const zipBytes = zipFolder(edition, zip, name);
rmSync(work, { recursive: true, force: true });
const ratio = zipBytes / statSync(archive).size;
console.log(
  `本机版已生成：${zip}（${(zipBytes / 1024 / 1024).toFixed(2)} MB，是部署包的 ${ratio.toFixed(2)} 倍；${summary.pages} 个页面）。解压后双击“${OPENER}”即可使用。`,
);
