/** One page of each template, with what a reader must see on it. Shared by the browser tests. */
export interface TemplatePage {
  template: string;
  path: string;
  /** The page's heading as a reader sees it. */
  h1: string;
  /** A citation link the page must show: the source page and part it points at. */
  citation?: string;
}

export const TEMPLATE_PAGES: TemplatePage[] = [
  { template: 'home', path: '/', h1: '基层治理方法库' },
  { template: 'methods index', path: '/methods/', h1: '方法' },
  {
    template: 'method',
    path: '/methods/xingbei-3456/',
    h1: '杏北社区“3456”工作法',
    citation: '/sources/yongji-article/#part-3',
  },
  { template: 'cases index', path: '/cases/', h1: '案例' },
  {
    template: 'case',
    path: '/cases/yuxiang-cunba/',
    h1: '虞乡镇“村BA”篮球赛',
    citation: '/sources/yongji-article/#part-2',
  },
  { template: 'glossary index', path: '/glossary/', h1: '术语' },
  { template: 'term', path: '/glossary/sanguan-yilv/', h1: '三官一律', citation: '/sources/yongji-article/#part-3' },
  { template: 'sources index', path: '/sources/', h1: '来源' },
  { template: 'source', path: '/sources/zxxx-reprint/', h1: '永济市矛调中心与陈潼兰（转载稿，原标题未注明）' },
  { template: 'place', path: '/places/xingbei/', h1: '杏北社区' },
  { template: 'theme', path: '/themes/mediation/', h1: '矛盾纠纷化解' },
  { template: 'readings index', path: '/readings/', h1: '学习路径' },
  { template: 'reading path', path: '/readings/core-methods/', h1: '入门：四个核心方法' },
  { template: 'reading list', path: '/readings/custom/', h1: '我的阅读清单' },
  { template: 'compare', path: '/compare/', h1: '方法对照' },
  { template: 'graph', path: '/graph/', h1: '关系图' },
  { template: 'figures', path: '/figures/', h1: '数字' },
  { template: 'gaps', path: '/gaps/', h1: '资料待补' },
  { template: 'problems', path: '/problems/', h1: '按问题找', citation: '/sources/zxxx-reprint/#part-矛调中心' },
  { template: 'offline', path: '/offline/', h1: '现在没有网络，这个页面也没有缓存' },
  { template: 'about', path: '/about/', h1: '使用说明' },
  { template: 'search', path: '/search/', h1: '搜索' },
  { template: '404', path: '/no-such-page/', h1: '找不到这个页面' },
];

/** The four core methods, as the home page lists them. */
export const CORE_METHODS = [
  { id: 'xingbei-3456', title: '杏北社区“3456”工作法' },
  { id: 'chen-tonglan-mediation', title: '陈潼兰调解工作法：“七字诀”与“五心”' },
  { id: 'yuxiang-sanshen-sanding', title: '虞乡镇“三审三定”' },
  { id: 'liuge-qilai', title: '“六个起来”网格治理模式' },
];
