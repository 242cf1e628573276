/**
 * A learner's progress on a reading path: which items they have ticked as read. Kept in this
 * browser only (localStorage), never sent anywhere.
 */
const progressKey = (pathId: string) => `jiceng:progress:${pathId}`;

/** The entries (`collection/id`) ticked as read on a path in this browser. */
export function readProgress(pathId: string): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(progressKey(pathId)) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

/** On /readings/: “已读 n / m” on each path's card, counting only entries the path still lists. */
export function showPathProgress(): void {
  for (const line of document.querySelectorAll<HTMLElement>('[data-path-progress]')) {
    const items = (line.dataset['pathItems'] ?? '').split(' ').filter(Boolean);
    const read = readProgress(line.dataset['pathProgress'] ?? '');
    const done = items.filter((item) => read.has(item)).length;
    line.textContent = `已读 ${done} / ${items.length}${done === items.length && done > 0 ? '，全部读完' : ''}`;
    line.classList.remove('invisible');
  }
}

export function wireReadingProgress(): void {
  const article = document.querySelector<HTMLElement>('[data-reading-path]');
  const bar = document.querySelector<HTMLElement>('#progress-bar');
  const meter = document.querySelector<HTMLProgressElement>('#progress-meter');
  const text = document.querySelector<HTMLElement>('#progress-text');
  if (!article || !bar || !meter || !text) return;
  const storageKey = progressKey(article.dataset['readingPath'] ?? '');
  const labels = [...document.querySelectorAll<HTMLLabelElement>('[data-progress-item]')];
  const read = readProgress(article.dataset['readingPath'] ?? '');

  const update = () => {
    const done = labels.filter((label) => read.has(label.dataset['progressItem'] ?? '')).length;
    meter.value = done;
    text.textContent = `已读 ${done} / ${labels.length}${done === labels.length ? '，全部读完' : ''}`;
  };
  for (const label of labels) {
    const key = label.dataset['progressItem'] ?? '';
    const box = label.querySelector('input');
    if (!box) continue;
    label.classList.remove('invisible');
    box.checked = read.has(key);
    box.addEventListener('change', () => {
      if (box.checked) read.add(key);
      else read.delete(key);
      try {
        localStorage.setItem(storageKey, JSON.stringify([...read]));
      } catch {
        // Private mode or a full storage: progress still shows for this visit.
      }
      update();
    });
  }
  // Shown by making visible what already took its place, so nothing on the page moves.
  bar.classList.remove('invisible');
  update();
}
