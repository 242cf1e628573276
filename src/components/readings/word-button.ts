/**
 * “下载 Word 讲义”: writes the handout as a .docx. The Word code (about 65 KB gzipped, nearly
 * all of it the docx library) is fetched on the first click only, so the pages that carry the
 * button pay nothing for it until a trainer wants it. `ready` resolves when the handout is
 * complete on the page.
 */
export function wireWordButton(
  button: HTMLButtonElement,
  status: HTMLElement,
  root: () => Element | null,
  title: () => string,
  ready: () => Promise<unknown> = async () => undefined,
): void {
  let busy = false;
  button.addEventListener('click', async () => {
    // Not `disabled`: that would drop keyboard focus from the button while the file is written.
    if (busy) return;
    busy = true;
    button.setAttribute('aria-busy', 'true');
    status.textContent = '正在生成 Word 讲义……';
    try {
      await ready();
      const target = root();
      if (!target) throw new Error('no handout on this page');
      const { downloadWordHandout } = await import('./word-handout');
      await downloadWordHandout(target, title());
      status.textContent = 'Word 讲义已生成，请在浏览器的下载列表中查看。可以用 Word 或 WPS 打开修改。';
    } catch {
      status.textContent = 'Word 讲义生成失败。请刷新页面后重试，或先用“打印讲义”。';
    } finally {
      busy = false;
      button.removeAttribute('aria-busy');
    }
  });
}
