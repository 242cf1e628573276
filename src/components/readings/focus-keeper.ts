/**
 * Re-renders part of a page without losing the reader's place: the control that had focus
 * (known by its `data-focus-key`, e.g. `methods/xingbei-3456|note`) gets it back after the
 * render, with the caret and selection where they were. If that control is gone or disabled,
 * `fallback` names where focus goes instead; without one it stays where the browser puts it.
 */
export function keepingFocus(
  container: Element,
  render: () => void,
  fallback?: (key: string) => HTMLElement | null | undefined,
): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset['focusKey'] : undefined;
  const field = active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement ? active : null;
  const caret = field
    ? {
        start: field.selectionStart,
        end: field.selectionEnd,
        direction: field.selectionDirection ?? undefined,
        scroll: field.scrollTop,
      }
    : null;
  render();
  if (!key) return;
  let target: HTMLElement | null | undefined = container.querySelector<HTMLElement>(
    `[data-focus-key="${CSS.escape(key)}"]`,
  );
  if (!target || (target as HTMLButtonElement).disabled) target = fallback?.(key);
  if (!target || target === document.activeElement) return;
  target.focus();
  if (
    caret &&
    (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) &&
    caret.start !== null &&
    caret.end !== null
  ) {
    target.setSelectionRange(caret.start, caret.end, caret.direction);
    target.scrollTop = caret.scroll;
  }
}
