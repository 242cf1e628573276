// A page's contents (EntryContents.astro) and other folded parts marked data-open-wide start open
// on a wide screen and folded on a phone. In the contents, the section being read is marked with
// aria-current as the reader scrolls: the last heading above the top third of the screen.
if (matchMedia('(min-width: 64rem)').matches)
  document.querySelectorAll<HTMLDetailsElement>('details[data-open-wide]').forEach((fold) => (fold.open = true));

const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-contents] a')];
const targets = links.map((link) => document.getElementById(link.getAttribute('href')?.slice(1) ?? ''));
const mark = () => {
  const current = targets.findLastIndex((target) => target && target.getBoundingClientRect().top < innerHeight / 3);
  links.forEach((link, i) => (link.ariaCurrent = i === current ? 'location' : null));
};
// The observer wakes the marking while the reader scrolls, when a heading crosses into or out of
// the top third; a jump that carries every heading past it at once (End, a link) ends in scrollend.
const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
targets.forEach((target) => target && observer.observe(target));
addEventListener('scrollend', mark);
