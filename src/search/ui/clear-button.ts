/**
 * The search box's clear control: a real button in the theme's colour, reachable by Tab with
 * the site's focus ring (the browser's own × is neither, and is hidden in global.css). Shown
 * only while there is something to clear; clearing gives the box its focus back and tells the
 * box's own code, through an `input` event, that it is empty.
 */
export function wireClearButton(input: HTMLInputElement): void {
  const button = clearButtonAfter(input);
  const show = () => (button.hidden = input.value === '');
  input.addEventListener('input', show);
  button.addEventListener('click', () => {
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  });
  show();
}

/**
 * A clear button made by the script that wires it, right after the box: pages carry no markup
 * for it (every page has the header's search dialog, and an article page's bytes are counted).
 */
function clearButtonAfter(input: HTMLInputElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  // Utilities the stylesheet already has: the clear control costs no CSS of its own.
  button.className = 'min-h-11 shrink-0 rounded-md px-3 text-2xl text-accent hover:bg-panel';
  button.setAttribute('aria-label', '清空搜索词');
  button.textContent = '×';
  input.after(button);
  return button;
}
