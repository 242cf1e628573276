// Everything an author can use in MDX, passed to every article's <Content components={...} />,
// so content files never import code.
import Cite from './Cite.astro';
import EntryLink from './EntryLink.astro';
import Editorial from './Editorial.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Cite, Quote, EntryLink, Editorial };
