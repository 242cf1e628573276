/** The site's name, shown in the header, titles and printouts. */
export const SITE_NAME = '基层治理方法库';

/** What the site is, in one sentence, for search engines and link previews. */
export const SITE_DESCRIPTION =
  '基层治理方法与案例的资料库：杏北社区“3456”工作法、陈潼兰调解工作法、虞乡镇“三审三定”、“六个起来”网格治理模式等，每条事实注明来源。';

/** The main sections, in the order the header lists them. */
export const NAV = [
  { href: '/methods/', label: '方法' },
  { href: '/cases/', label: '案例' },
  { href: '/problems/', label: '按问题找' },
  { href: '/glossary/', label: '术语' },
  { href: '/readings/', label: '学习路径' },
  { href: '/compare/', label: '方法对照' },
  { href: '/graph/', label: '关系图' },
  { href: '/about/', label: '使用说明' },
] as const;

/** Reference pages, listed in the footer. */
export const FOOTER_NAV = [
  { href: '/readings/custom/', label: '我的阅读清单' },
  { href: '/figures/', label: '来源中的数字' },
  { href: '/gaps/', label: '资料待补' },
  { href: '/sources/', label: '来源' },
  { href: '/search/', label: '搜索' },
] as const;
