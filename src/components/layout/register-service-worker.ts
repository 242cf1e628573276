// Registers the service worker (built pages only), and tells the reader when a new build has
// taken over, so that nobody reads a stale copy without knowing (the notice is ServiceWorker.astro).
// The file edition (opened from disk, file://) has no service worker: a folder cannot register one.
if (import.meta.env.PROD && location.protocol !== 'file:' && 'serviceWorker' in navigator) {
  // The base path with a trailing slash (as siteBase() in lib/urls, inlined to keep this script one file).
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const notice = document.querySelector<HTMLElement>('#update-notice');
    if (!notice) return;
    // No worker before: this is the first install, done, so every file is cached (已可离线使用).
    if (!hadController) notice.dataset['kind'] = 'offline';
    notice.hidden = false;
    notice.querySelector('#update-reload')?.addEventListener('click', () => location.reload());
    notice.querySelector('#update-dismiss')?.addEventListener('click', () => (notice.hidden = true));
  });
  addEventListener(
    'load',
    () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined),
  );
}
