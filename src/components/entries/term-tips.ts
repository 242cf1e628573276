// Glossary terms with their definition on demand (in prose and in the rows of terms). CSS shows a
// definition on hover and keyboard focus; on a touch screen the first tap on a term shows it and
// a second tap opens the entry. Escape hides an open definition (WCAG 1.4.13).
let touch = false;
document.addEventListener('pointerdown', (event) => (touch = event.pointerType === 'touch'), true);
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('.term-link');
  if (!link || !touch) return;
  const term = link.parentElement;
  if (term?.classList.contains('open')) return;
  event.preventDefault();
  document.querySelectorAll('.term.open').forEach((open) => open.classList.remove('open'));
  term?.classList.add('open');
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  document.querySelectorAll('.term').forEach((term) => {
    term.classList.remove('open');
    term.classList.add('dismissed');
  });
});
document.addEventListener('focusin', () =>
  document.querySelectorAll('.term.dismissed').forEach((term) => term.classList.remove('dismissed')),
);
