/** The site's name, shown in the header, titles and printouts. */
export const SITE_NAME = '基层治理方法库';

/** What the site is, in one sentence, for search engines and link previews. */
export const SITE_DESCRIPTION =
  '基层治理方法与案例的资料库：杏北社区“3456”工作法、陈潼兰调解工作法、虞乡镇“三审三定”、“六个起来”网格治理模式等，每条事实注明来源。';
