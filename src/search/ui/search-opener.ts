// The only search code on a page's first load: it opens the dialog (link, `/`, Ctrl+K or ⌘K)
// and loads the dialog's code and Pagefind on first use. It also marks the words a reader
// searched for when they arrive from a result (`?hl=`).

export {};

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
const openLink = document.querySelector<HTMLAnchorElement>('#search-open');

/**
 * Starts loading search (its code, the lexicon and Pagefind: importing the dialog starts the
 * rest) as soon as a reader shows intent — the pointer reaches the box, it gets focus or a
 * touch — so the first answer is ready sooner.
 */
const loadDialog = () => import('./search-dialog');
const warmUp = () => void loadDialog();

async function openSearch(): Promise<void> {
  if (!dialog || dialog.open) return;
  dialog.showModal();
  warmUp();
  (await loadDialog()).wireSearchDialog(dialog);
}

for (const intent of ['pointerenter', 'focus', 'touchstart'] as const)
  openLink?.addEventListener(intent, warmUp, { once: true, passive: true });

openLink?.addEventListener('click', (event) => {
  event.preventDefault();
  void openSearch();
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  const isSlash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const isCtrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!isSlash && !isCtrlK) return;
  event.preventDefault();
  void openSearch();
});

if (new URLSearchParams(location.search).has('hl')) {
  // The module marks the words when it loads.
  void import('./highlight');
}
