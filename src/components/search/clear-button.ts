/**
 * The search box's clear control: a real button in the theme's colour, reachable by Tab with
 * the site's focus ring (the browser's own × is neither, and is hidden in global.css). Shown
 * only while there is something to clear; clearing gives the box its focus back and tells the
 * box's own code, through an `input` event, that it is empty.
 */
export function wireClearButton(input: HTMLInputElement, button: HTMLButtonElement): void {
  const show = () => (button.hidden = input.value === '');
  input.addEventListener('input', show);
  button.addEventListener('click', () => {
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  });
  show();
}
