/** An entry as the search lexicon's build takes it, for small hand-made libraries in unit tests. */
export const lexiconEntry = (title: string, aliases: string[] = [], isTerm = false) => ({
  url: `/x/${title}/`,
  title,
  aliases,
  type: isTerm ? '术语' : '方法',
  place: '',
  isTerm,
});
