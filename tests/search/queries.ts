/**
 * What cadres and trainers type, and the page that must come back. `top` is how high it must
 * rank: 1 (first) or 3 (within the first three). `any` lists pages of which one will do, for
 * queries where more than one page is a right first answer.
 */
export interface SearchExpectation {
  query: string;
  expect: string | string[];
  top: 1 | 3;
  /** Why a reader types this. */
  why: string;
}

/** A query with a slip in it: search must offer the right word (and not replace the query). */
export interface NearMissExpectation {
  query: string;
  /** The word “您要找的是不是：…” must offer. */
  suggest: string;
  why: string;
}

/** The first round's keyword queries: every one must keep passing. */
export const QUERIES: SearchExpectation[] = [
  // The four core methods, by name and by half-remembered name.
  { query: '3456工作法', expect: '/methods/xingbei-3456/', top: 1, why: '方法名（混合字母数字）' },
  { query: '3456', expect: '/methods/xingbei-3456/', top: 1, why: '只记得数字' },
  {
    query: '杏北社区',
    expect: ['/cases/xingbei-community/', '/places/xingbei/', '/methods/xingbei-3456/'],
    top: 1,
    why: '地名',
  },
  { query: '陈潼兰', expect: '/methods/chen-tonglan-mediation/', top: 3, why: '人名' },
  { query: '七字诀', expect: ['/glossary/qizijue/', '/methods/chen-tonglan-mediation/'], top: 1, why: '方法的组成' },
  { query: '五心', expect: ['/glossary/wuxin/', '/methods/chen-tonglan-mediation/'], top: 1, why: '两个字的术语' },
  { query: '五心工作法', expect: ['/glossary/wuxin/', '/methods/chen-tonglan-mediation/'], top: 1, why: '术语全称' },
  {
    query: '三审三定',
    expect: ['/methods/yuxiang-sanshen-sanding/', '/glossary/sanshen-sanding/'],
    top: 1,
    why: '方法名',
  },
  {
    query: '虞乡镇三审三定',
    expect: ['/methods/yuxiang-sanshen-sanding/', '/glossary/sanshen-sanding/'],
    top: 1,
    why: '地名加方法名',
  },
  { query: '六个起来', expect: ['/methods/liuge-qilai/', '/glossary/liuge-qilai/'], top: 1, why: '方法名' },
  { query: '网格治理模式', expect: '/methods/liuge-qilai/', top: 3, why: '方法名的一部分' },
  // Parts of methods and terms.
  { query: '三官一律', expect: '/glossary/sanguan-yilv/', top: 1, why: '术语' },
  { query: '红马甲', expect: '/glossary/wuhong-matrix/', top: 1, why: '“五红”之一（术语的别名）' },
  { query: '红网格', expect: ['/glossary/wuhong-matrix/', '/methods/xingbei-3456/'], top: 1, why: '“五红”之一' },
  { query: '五红矩阵', expect: '/glossary/wuhong-matrix/', top: 1, why: '术语' },
  { query: '三治', expect: '/glossary/sanzhi/', top: 1, why: '术语' },
  { query: '自治法治德治', expect: ['/glossary/sanzhi/', '/methods/xingbei-3456/'], top: 3, why: '术语的展开' },
  { query: '六好', expect: '/glossary/liuhao/', top: 1, why: '术语' },
  { query: '网格员', expect: '/glossary/wangge-yuan/', top: 1, why: '术语' },
  { query: '党员中心户', expect: '/glossary/dangyuan-zhongxinhu/', top: 1, why: '术语' },
  { query: '两委', expect: '/glossary/liangwei/', top: 1, why: '通用术语' },
  { query: '三无小区', expect: ['/glossary/sanwu-xiaoqu/', '/cases/sanwu-xiaoqu-program/'], top: 1, why: '术语' },
  { query: '业委会', expect: '/glossary/wuye-weiyuanhui/', top: 1, why: '简称' },
  { query: '物管会', expect: '/glossary/wuguanhui/', top: 1, why: '简称' },
  {
    query: '帮帮团',
    expect: ['/glossary/xiaoqu-bangbangtuan/', '/methods/xingbei-3456/', '/cases/xingbei-community/'],
    top: 1,
    why: '简称',
  },
  { query: '民情地图', expect: '/glossary/minqing-map/', top: 1, why: '术语' },
  { query: '司法协理员', expect: '/glossary/sifa-xieliyuan/', top: 1, why: '术语' },
  { query: '调委会', expect: '/glossary/tiaoweihui/', top: 1, why: '简称' },
  { query: '人民调解委员会', expect: '/glossary/tiaoweihui/', top: 1, why: '全称（术语的别名）' },
  { query: '第一议题', expect: ['/glossary/diyi-yiti/', '/methods/diyi-yiti/'], top: 1, why: '制度名' },
  { query: '软弱涣散', expect: ['/glossary/ruanruo-huansan/', '/methods/yicun-yice/'], top: 3, why: '术语的一部分' },
  { query: '12345', expect: '/glossary/hotline-12345/', top: 1, why: '数字' },
  { query: '12345热线', expect: '/glossary/hotline-12345/', top: 1, why: '数字加汉字' },
  { query: '110', expect: '/glossary/hotline-110/', top: 1, why: '数字' },
  { query: '随手拍', expect: '/glossary/suishoupai/', top: 1, why: 'App 的简称' },
  { query: '平安e家', expect: '/glossary/pingan-ejia/', top: 1, why: '混合字母' },
  { query: 'AB卷', expect: '/methods/jingqing-ab-juan/', top: 1, why: '字母加汉字' },
  { query: '村BA', expect: ['/glossary/cun-ba/', '/cases/yuxiang-cunba/'], top: 1, why: '字母加汉字' },
  { query: '村晚', expect: '/glossary/cun-wan/', top: 1, why: '术语' },
  { query: '退礼礼', expect: ['/cases/yongji-services-outcomes/', '/glossary/yifeng-yisu/'], top: 3, why: '节目名' },
  { query: '幸福食堂', expect: ['/glossary/xingfu-shitang/', '/cases/xingfu-canteens/'], top: 1, why: '术语' },
  { query: '食堂', expect: ['/cases/xingfu-canteens/', '/glossary/xingfu-shitang/'], top: 3, why: '一个词' },
  // Topics: a phrase longer than a word, a practice, a programme.
  {
    query: '矛盾纠纷化解',
    expect: ['/themes/mediation/', '/methods/yufang-paicha-huajie/', '/cases/pingan-yongji/'],
    top: 3,
    why: '比一个词长的短语',
  },
  {
    query: '矛盾纠纷',
    expect: [
      '/methods/jingqing-ab-juan/',
      '/glossary/maodiao-zhongxin/',
      '/cases/pingan-yongji/',
      '/cases/yongji-mediation-center/',
    ],
    top: 3,
    why: '常用短语',
  },
  {
    query: '调解',
    expect: [
      '/methods/chen-tonglan-mediation/',
      '/glossary/renmin-tiaojieyuan/',
      '/glossary/tiaoweihui/',
      '/cases/yongji-mediation-center/',
      '/methods/jingqing-ab-juan/',
      '/glossary/maodiao-zhongxin/',
      '/glossary/pinpai-tiaojieshi/',
    ],
    top: 3,
    why: '一个词',
  },
  {
    query: '矛调中心',
    expect: ['/glossary/maodiao-zhongxin/', '/cases/yongji-mediation-center/'],
    top: 1,
    why: '简称',
  },
  { query: '跑一地', expect: '/cases/yongji-mediation-center/', top: 3, why: '记得的一句话' },
  { query: '吹哨报到', expect: '/methods/chuishao-baodao/', top: 1, why: '简称' },
  { query: '三个一批', expect: '/methods/sange-yipi/', top: 1, why: '做法名' },
  { query: '事项准入', expect: '/methods/shixiang-zhunru/', top: 1, why: '制度名的一部分' },
  { query: '证明事项', expect: ['/glossary/zhengming-shixiang/', '/methods/shixiang-zhunru/'], top: 1, why: '术语' },
  { query: '三选三不选', expect: '/methods/sanxuan-sanbuxuan/', top: 1, why: '原则名' },
  { query: '蒲坂社区论坛', expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/'], top: 1, why: '活动名' },
  {
    query: '书记讲给书记听',
    expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/'],
    top: 3,
    why: '记得的环节名',
  },
  { query: '履职事项清单', expect: '/methods/lvzhi-qingdan/', top: 1, why: '清单名' },
  { query: '厘清权责', expect: '/methods/liqing-quanze/', top: 1, why: '工作名' },
  { query: '樱花社区', expect: '/cases/yinghua-community/', top: 1, why: '地名' },
  { query: '唐御苑', expect: '/cases/tangyuyuan-xiaoqu/', top: 3, why: '小区名的一部分' },
  { query: '补偿款', expect: '/cases/laowang-jiangang-dispute/', top: 1, why: '案例中的关键词' },
  { query: '集体经济', expect: ['/glossary/jiti-jingji/', '/cases/yongji-party-building/'], top: 3, why: '术语' },
  { query: '报酬', expect: '/cases/yongji-burden-reduction/', top: 3, why: '读者关心的事' },
  { query: '示范区', expect: '/glossary/shifanqu/', top: 1, why: '简称（术语的别名）' },
  { query: '潼', expect: '/methods/chen-tonglan-mediation/', top: 3, why: '只记得一个少见的字' },
];

/** Mediation: the pages a reader asking how disputes are mediated should see first. */
const MEDIATION = [
  '/methods/chen-tonglan-mediation/',
  '/cases/yongji-mediation-center/',
  '/glossary/renmin-tiaojieyuan/',
  '/glossary/tiaoweihui/',
  '/glossary/maodiao-zhongxin/',
  '/methods/jingqing-ab-juan/',
  '/cases/laowang-jiangang-dispute/',
  '/glossary/pinpai-tiaojieshi/',
  '/readings/mediation/',
  '/methods/yufang-paicha-huajie/',
  '/cases/pingan-yongji/',
  '/cases/chen-tonglan-studio/',
];
const SANWU = [
  '/glossary/sanwu-xiaoqu/',
  '/methods/sange-yipi/',
  '/cases/sanwu-xiaoqu-program/',
  '/cases/tangyuyuan-xiaoqu/',
];
const CHEN = ['/methods/chen-tonglan-mediation/', '/cases/chen-tonglan-studio/'];
const SANSHEN = ['/methods/yuxiang-sanshen-sanding/', '/glossary/sanshen-sanding/'];

/**
 * Questions as cadres ask them, written before looking at any result: question words (怎么, 是什么,
 * 如何, 吗), framing words (作用, 意思, 区别) and function words around the thing they mean.
 */
export const QUESTIONS: SearchExpectation[] = [
  { query: '矛盾纠纷怎么调解', expect: MEDIATION, top: 3, why: '问做法' },
  { query: '网格员是干什么的', expect: '/glossary/wangge-yuan/', top: 1, why: '问职责' },
  { query: '什么是三官一律', expect: '/glossary/sanguan-yilv/', top: 1, why: '问定义' },
  { query: '三审三定是什么', expect: SANSHEN, top: 1, why: '问定义' },
  { query: '陈潼兰是谁', expect: CHEN, top: 3, why: '问人' },
  {
    query: '七字诀是哪七个字',
    expect: ['/glossary/qizijue/', '/methods/chen-tonglan-mediation/'],
    top: 1,
    why: '问内容（来源没写，页面要说清）',
  },
  { query: '五心是哪五心', expect: ['/glossary/wuxin/', '/methods/chen-tonglan-mediation/'], top: 1, why: '问内容' },
  { query: '三无小区怎么治理', expect: SANWU, top: 3, why: '问做法' },
  { query: '老旧小区没有物业怎么办', expect: SANWU, top: 3, why: '用自己的话问' },
  {
    query: '如何给基层减负',
    expect: [
      '/cases/yongji-burden-reduction/',
      '/glossary/jiceng-jianfu/',
      '/methods/shixiang-zhunru/',
      '/readings/burden-reduction/',
      '/methods/lvzhi-qingdan/',
      '/methods/liqing-quanze/',
    ],
    top: 3,
    why: '问做法',
  },
  { query: '六个起来是什么意思', expect: ['/methods/liuge-qilai/', '/glossary/liuge-qilai/'], top: 1, why: '问含义' },
  { query: '3456工作法有哪些内容', expect: '/methods/xingbei-3456/', top: 1, why: '问内容' },
  {
    query: '杏北社区有什么经验',
    expect: ['/cases/xingbei-community/', '/methods/xingbei-3456/', '/places/xingbei/'],
    top: 3,
    why: '问经验',
  },
  { query: '村BA是什么', expect: ['/glossary/cun-ba/', '/cases/yuxiang-cunba/'], top: 1, why: '问定义' },
  { query: '怎样开展移风易俗', expect: '/glossary/yifeng-yisu/', top: 3, why: '问做法' },
  { query: '党员中心户的作用是什么', expect: '/glossary/dangyuan-zhongxinhu/', top: 1, why: '问作用' },
  { query: '调委会是什么机构', expect: '/glossary/tiaoweihui/', top: 1, why: '问定义' },
  {
    query: '矛调中心在哪里',
    expect: ['/glossary/maodiao-zhongxin/', '/cases/yongji-mediation-center/'],
    top: 1,
    why: '问地点',
  },
  {
    query: '如何整顿软弱涣散村级党组织',
    expect: ['/methods/yicun-yice/', '/glossary/ruanruo-huansan/'],
    top: 3,
    why: '问做法',
  },
  {
    query: '村里不该开的证明有哪些',
    expect: [
      '/glossary/zhengming-shixiang/',
      '/methods/shixiang-zhunru/',
      '/cases/yongji-burden-reduction/',
      '/methods/liqing-quanze/',
    ],
    top: 3,
    why: '用自己的话问',
  },
  {
    query: '社区工作者的报酬是多少',
    expect: ['/cases/yongji-burden-reduction/', '/glossary/shequ-gongzuozhe/'],
    top: 3,
    why: '问数字',
  },
  { query: '怎么用随手拍举报', expect: ['/glossary/suishoupai/', '/methods/pingtai-liandong/'], top: 3, why: '问用法' },
  {
    query: '12345热线和110怎么联动',
    expect: ['/methods/pingtai-liandong/', '/glossary/hotline-12345/', '/glossary/hotline-110/'],
    top: 3,
    why: '问机制',
  },
  {
    query: '幸福食堂是怎么办起来的',
    expect: ['/glossary/xingfu-shitang/', '/cases/xingfu-canteens/'],
    top: 1,
    why: '问经过',
  },
  { query: '第一议题制度是什么', expect: ['/glossary/diyi-yiti/', '/methods/diyi-yiti/'], top: 1, why: '问定义' },
  { query: '什么叫三治', expect: '/glossary/sanzhi/', top: 1, why: '问定义' },
  { query: '五红矩阵包括哪些', expect: '/glossary/wuhong-matrix/', top: 1, why: '问组成' },
  {
    query: '物管会和业委会有什么区别',
    expect: ['/glossary/wuguanhui/', '/glossary/wuye-weiyuanhui/'],
    top: 3,
    why: '问区别',
  },
  {
    query: '小区没有党组织怎么办',
    expect: [
      '/glossary/xiaoqu-dangzuzhi/',
      '/glossary/lianhe-dangzhibu/',
      '/methods/sange-yipi/',
      '/cases/sanwu-xiaoqu-program/',
      '/cases/xingbei-community/',
    ],
    top: 3,
    why: '用自己的话问',
  },
  { query: '民情地图有什么用', expect: '/glossary/minqing-map/', top: 1, why: '问作用' },
  { query: '如何调解邻里纠纷', expect: MEDIATION, top: 3, why: '问做法' },
  { query: '什么是吹哨报到', expect: '/methods/chuishao-baodao/', top: 1, why: '问定义' },
  {
    query: '蒲坂社区论坛讲了什么',
    expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/'],
    top: 1,
    why: '问内容',
  },
  { query: '驻村民警做什么', expect: '/glossary/zhucun-minjing/', top: 1, why: '问职责' },
  { query: '三下降指的是什么', expect: '/glossary/sanxiajiang/', top: 1, why: '问含义' },
  { query: '一村一策是怎么做的', expect: '/methods/yicun-yice/', top: 1, why: '问做法' },
];

/** Other names for the same thing: the reader's word is not the library's. */
export const OTHER_NAMES: SearchExpectation[] = [
  { query: '化解纠纷', expect: MEDIATION, top: 3, why: '调解的另一种说法' },
  { query: '调处矛盾', expect: MEDIATION, top: 3, why: '调解的另一种说法' },
  { query: '纠纷调解', expect: MEDIATION, top: 3, why: '词序不同' },
  { query: '无物业小区', expect: SANWU, top: 3, why: '三无小区的另一种说法' },
  { query: '老旧小区', expect: SANWU, top: 3, why: '三无小区的另一种说法' },
  { query: '网格长', expect: ['/glossary/wangge-yuan/', '/methods/liuge-qilai/'], top: 3, why: '相近的角色' },
  { query: '举报', expect: ['/glossary/suishoupai/', '/methods/pingtai-liandong/'], top: 3, why: '随手拍的用途' },
  { query: '篮球赛', expect: ['/glossary/cun-ba/', '/cases/yuxiang-cunba/'], top: 1, why: '村BA的说法' },
  { query: '乡村篮球', expect: ['/glossary/cun-ba/', '/cases/yuxiang-cunba/'], top: 1, why: '村BA的说法' },
  { query: '调解室', expect: '/glossary/pinpai-tiaojieshi/', top: 3, why: '简称' },
  {
    query: '人民调解',
    expect: ['/glossary/renmin-tiaojieyuan/', '/glossary/tiaoweihui/'],
    top: 3,
    why: '全称的一部分',
  },
  { query: '减负', expect: ['/glossary/jiceng-jianfu/', '/cases/yongji-burden-reduction/'], top: 3, why: '简称' },
  { query: '春晚', expect: '/glossary/cun-wan/', top: 1, why: '村晚的说法' },
  {
    query: '矛盾调解中心',
    expect: ['/glossary/maodiao-zhongxin/', '/cases/yongji-mediation-center/'],
    top: 1,
    why: '全称记不全',
  },
  { query: '权责清单', expect: ['/methods/lvzhi-qingdan/', '/methods/liqing-quanze/'], top: 3, why: '相近的说法' },
  { query: '社工', expect: '/glossary/shequ-gongzuozhe/', top: 3, why: '社区工作者的简称' },
  { query: '工资待遇', expect: '/cases/yongji-burden-reduction/', top: 3, why: '报酬的说法' },
];

/** Pinyin and initials: a phone keyboard in pinyin mode, or a reader who cannot write the character. */
export const PINYIN: SearchExpectation[] = [
  { query: 'chentonglan', expect: CHEN, top: 3, why: '全拼' },
  { query: 'chen tong lan', expect: CHEN, top: 3, why: '全拼带空格' },
  { query: 'ctl', expect: CHEN, top: 3, why: '首字母' },
  { query: 'sanshensanding', expect: SANSHEN, top: 1, why: '全拼' },
  { query: 'sssd', expect: SANSHEN, top: 1, why: '首字母' },
  { query: 'liugeqilai', expect: ['/methods/liuge-qilai/', '/glossary/liuge-qilai/'], top: 1, why: '全拼' },
  { query: 'wanggeyuan', expect: '/glossary/wangge-yuan/', top: 1, why: '全拼' },
  { query: 'sanguanyilv', expect: '/glossary/sanguan-yilv/', top: 1, why: '全拼（ü 写作 v）' },
  { query: 'qizijue', expect: ['/glossary/qizijue/', '/methods/chen-tonglan-mediation/'], top: 1, why: '全拼' },
  {
    query: 'maodiaozhongxin',
    expect: ['/glossary/maodiao-zhongxin/', '/cases/yongji-mediation-center/'],
    top: 1,
    why: '全拼',
  },
  {
    query: 'xingbei',
    expect: ['/cases/xingbei-community/', '/methods/xingbei-3456/', '/places/xingbei/'],
    top: 1,
    why: '地名全拼',
  },
  { query: 'wuhong', expect: '/glossary/wuhong-matrix/', top: 1, why: '全拼' },
  { query: 'tiaojie', expect: MEDIATION, top: 3, why: '全拼' },
  { query: '3456gongzuofa', expect: '/methods/xingbei-3456/', top: 1, why: '数字加拼音' },
];

/** Traditional characters: a reader whose input method writes them. */
export const TRADITIONAL: SearchExpectation[] = [
  { query: '三審三定', expect: SANSHEN, top: 1, why: '繁体' },
  { query: '陳潼蘭', expect: CHEN, top: 3, why: '繁体' },
  { query: '調解', expect: MEDIATION, top: 3, why: '繁体' },
  { query: '網格員', expect: '/glossary/wangge-yuan/', top: 1, why: '繁体' },
  {
    query: '矛盾糾紛',
    expect: [
      '/methods/jingqing-ab-juan/',
      '/glossary/maodiao-zhongxin/',
      '/cases/pingan-yongji/',
      '/cases/yongji-mediation-center/',
    ],
    top: 3,
    why: '繁体',
  },
  { query: '六個起來', expect: ['/methods/liuge-qilai/', '/glossary/liuge-qilai/'], top: 1, why: '繁体' },
];

/** A wrong character or homophone in a name: offered the right one, never silently replaced. */
export const NEAR_MISSES: NearMissExpectation[] = [
  { query: '三审三订', suggest: '三审三定', why: '同音字' },
  { query: '陈童兰', suggest: '陈潼兰', why: '同音字' },
  { query: '六个其来', suggest: '六个起来', why: '同音字' },
  { query: '三关一律', suggest: '三官一律', why: '同音字' },
  { query: '五红距阵', suggest: '五红矩阵', why: '形近字' },
  { query: '网格圆', suggest: '网格员', why: '同音字' },
];

/**
 * Each group of the query set and the share of it that must pass: the share it reaches on the
 * day it was last measured (`npm run bench:quality`), so any regression fails the test.
 */
export const GROUPS: { name: string; queries: SearchExpectation[]; mustPass: number }[] = [
  { name: '关键词（第一轮）', queries: QUERIES, mustPass: 1 },
  { name: '问句', queries: QUESTIONS, mustPass: 1 },
  { name: '其他说法', queries: OTHER_NAMES, mustPass: 1 },
  { name: '拼音和首字母', queries: PINYIN, mustPass: 1 },
  { name: '繁体', queries: TRADITIONAL, mustPass: 1 },
];

/** Described situations: the share of SITUATIONS that must find a right page in the top three. */
export const SITUATIONS_MUST_PASS = 65 / 73;
/** Out-of-scope queries: the share of OUT_OF_SCOPE answered with “方法库里没有关于…” and no single-character match. */
export const OUT_OF_SCOPE_MUST_PASS = 11 / 14;
/**
 * At most this many described situations (all within the library) may be answered with
 * 方法库里没有关于…: the level reached. A query naming the library's own words (调解, 网格员) is
 * not; one in everyday words only (村里人心散了) still may be, naming words such as 打工.
 */
export const SITUATIONS_TOLD_NOTHING_MAX = 32;

/** A query on something the library does not cover: search must say so first and show no result matched only through single characters of a longer word. */
export interface OutOfScopeExpectation {
  query: string;
  /** The query's meaningful words that no page contains, e.g. ['低保']. */
  missing: string[];
  why: string;
}

// Pages that answer one problem together, for the described situations below.
const SANWU_READ = [...SANWU, '/glossary/wuye-guanli-quyu/', '/readings/property/'];
const BURDEN = [
  '/methods/shixiang-zhunru/',
  '/glossary/zhengming-shixiang/',
  '/glossary/jiceng-jianfu/',
  '/cases/yongji-burden-reduction/',
  '/methods/liqing-quanze/',
  '/readings/burden-reduction/',
];
const DUTIES = [
  '/methods/liqing-quanze/',
  '/methods/lvzhi-qingdan/',
  ...SANSHEN,
  '/cases/yongji-burden-reduction/',
  '/readings/burden-reduction/',
];
const CANTEEN = ['/cases/xingfu-canteens/', '/glossary/xingfu-shitang/'];
const CUNBA = ['/cases/yuxiang-cunba/', '/glossary/cun-ba/'];
const XINGBEI = ['/methods/xingbei-3456/', '/cases/xingbei-community/'];
const CENTER = ['/cases/yongji-mediation-center/', '/glossary/maodiao-zhongxin/'];
const PLATFORM = [
  '/methods/pingtai-liandong/',
  '/glossary/hotline-12345/',
  '/glossary/hotline-110/',
  '/glossary/pingan-ejia/',
  '/glossary/suishoupai/',
  '/cases/pingan-yongji/',
];
const GRID = ['/methods/liuge-qilai/', '/glossary/liuge-qilai/', '/cases/pingan-yongji/'];

/**
 * Problems described the way a cadre types them into a phone, written from the sources'
 * descriptions of the problems before any page had a “适用情形” field, and not edited since to
 * fit the pages. Most name no method and no coined term of the sources; the reader knows her
 * problem, not what Yongji called its answer. Trainers' tasks are at the end.
 */
export const SITUATIONS: SearchExpectation[] = [
  // §1 党建引领赋动能: forums, organisations, collective income, duties, certificates, staffing, pay.
  {
    query: '刚当上社区书记啥都不懂，想跟别的书记取取经，有没有这种交流的机会',
    expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/', '/cases/yongji-party-building/'],
    top: 3,
    why: 'yongji-article §1：社区书记论坛，让书记学有榜样、干有方向',
  },
  {
    query: '想带几个社区书记去别的社区现场看看人家咋干的，这种活动怎么组织',
    expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/'],
    top: 3,
    why: 'yongji-article §1：论坛的现场观摩环节，边走边看、边听边问',
  },
  {
    query: '支部每次开会学习就是念念文件走过场，怎么让学习真落到实处',
    expect: ['/methods/diyi-yiti/', '/glossary/diyi-yiti/', '/cases/yongji-party-building/'],
    top: 3,
    why: 'yongji-article §1：抓实政治建设，规范“第一议题”制度',
  },
  {
    query: '村两委好几个人只有初中文化，能力跟不上，有没有提升的办法',
    expect: [
      '/cases/yongji-party-building/',
      '/glossary/liangwei/',
      '/methods/shequ-bang-xiangcun/',
      '/readings/party-building/',
    ],
    top: 3,
    why: 'yongji-article §1：“两委”干部学历提升工程，提升能力',
  },
  {
    query: '村里支部班子散了，开会叫不来人，啥事都推不动，上面让整顿咋弄',
    expect: ['/methods/yicun-yice/', '/glossary/ruanruo-huansan/', '/cases/yongji-party-building/'],
    top: 3,
    why: 'yongji-article §1：整顿软弱涣散村级党组织',
  },
  {
    query: '我们村集体一年没几个钱，账上空空的，想给村里办点事都办不了，有啥路子',
    expect: ['/glossary/jiti-jingji/', '/cases/yongji-party-building/'],
    top: 3,
    why: 'yongji-article §1：集体经济扶持项目与村级集体经济收入',
  },
  {
    query: '城里社区条件好，能不能让社区带一带我们村，有没有结对帮扶的做法',
    expect: ['/methods/shequ-bang-xiangcun/', '/cases/yongji-party-building/'],
    top: 3,
    why: 'yongji-article §1：建立“社区帮乡村”机制',
  },
  {
    query: '小区里住着不少党员，可没有党组织，活动也没地方搞，该怎么建起来',
    expect: [
      '/glossary/xiaoqu-dangzuzhi/',
      '/glossary/dangqun-fuwu/',
      '/methods/wuyou-shifandian/',
      '/cases/yongji-party-building/',
      '/glossary/lianhe-dangzhibu/',
    ],
    top: 3,
    why: 'yongji-article §1：小区党组织、党群服务站全覆盖',
  },
  {
    query: '上面要我们建示范点，可又没钱补助，有没有先干后奖的办法',
    expect: ['/methods/wuyou-shifandian/', '/glossary/yijiang-daibu/', '/glossary/wuyou/'],
    top: 3,
    why: 'yongji-article §1：以奖代补打造示范点',
  },
  {
    query: '想在社区弄点方便居民的小服务，比如换点日用品、摆个摊，有没有例子',
    expect: ['/glossary/yimi-zahuopu/', '/glossary/gongyi-jishi/', '/cases/yongji-party-building/'],
    top: 3,
    why: 'yongji-article §1：“一米杂货铺”“公益集市”微服务',
  },
  {
    query: '在职党员到社区报了到就是挂个名，平时见不着人，怎么让他们真出力',
    expect: [
      '/methods/chuishao-baodao/',
      '/glossary/zaizhi-dangyuan/',
      '/cases/yongji-party-building/',
      '/cases/pingan-yongji/',
    ],
    top: 3,
    why: 'yongji-article §2：“社区吹哨、党员报到”；§1：党员立足岗位作贡献',
  },
  {
    query: '乡镇各部门都让村里出证明，村干部忙不过来',
    expect: BURDEN,
    top: 3,
    why: 'yongji-article §1：事项准入制度，取消不应出具的证明事项',
  },
  {
    query: '老百姓来开证明，啥都要村里盖章，哪些证明其实不该我们开',
    expect: [
      '/glossary/zhengming-shixiang/',
      '/methods/shixiang-zhunru/',
      '/cases/yongji-burden-reduction/',
      '/glossary/jiceng-jianfu/',
    ],
    top: 3,
    why: 'yongji-article §1：取消40项不应出具的证明事项',
  },
  {
    query: '上面啥活都往社区推，社区成了筐啥都往里装，怎么挡住不该我们干的事',
    expect: BURDEN,
    top: 3,
    why: 'yongji-article §1：建立村（社区）事项准入制度，基层减负',
  },
  {
    query: '镇上和县里部门的活分不清，出了事都说是乡镇的责任，怎么划清楚',
    expect: DUTIES,
    top: 3,
    why: 'yongji-article §1：厘清权责（镇街履职事项清单、三审三定）',
  },
  {
    query: '乡镇到底该干哪些事，有没有一张单子能列明白的',
    expect: ['/methods/lvzhi-qingdan/', '/methods/liqing-quanze/', '/cases/yongji-burden-reduction/'],
    top: 3,
    why: 'yongji-article §1：镇街履职事项清单即将发布',
  },
  {
    query: '听说有个镇理清权责的做法受了省里表扬，是哪个镇，具体咋做的',
    expect: [...SANSHEN, '/methods/liqing-quanze/'],
    top: 3,
    why: 'yongji-article §1：虞乡镇的做法受到省里肯定（半说出名称）',
  },
  {
    query: '镇里党建办就一个人，还是兼着别的活，人手根本不够，怎么配人',
    expect: ['/methods/sanxuan-sanbuxuan/', '/glossary/dangjianban/', '/cases/yongji-burden-reduction/'],
    top: 3,
    why: 'yongji-article §1：选优配强镇街党建办专（兼）职人员',
  },
  {
    query: '给党建办挑人有没有啥标准，什么样的能用什么样的不能用',
    expect: ['/methods/sanxuan-sanbuxuan/', '/glossary/dangjianban/'],
    top: 3,
    why: 'yongji-article §1：选配党建办人员的原则',
  },
  {
    query: '网格员干得挺好，可身份是临时的，留不住人，有没有转正的路子',
    expect: ['/glossary/shequ-gongzuozhe/', '/cases/yongji-burden-reduction/', '/glossary/wangge-yuan/'],
    top: 3,
    why: 'yongji-article §1：27名优秀网格员纳入社区工作者队伍',
  },
  {
    query: '乡镇懂法律的人太少，想专门招几个人协助司法上的事，有先例吗',
    expect: ['/glossary/sifa-xieliyuan/', '/cases/yongji-burden-reduction/'],
    top: 3,
    why: 'yongji-article §1：招聘29名司法协理员',
  },
  {
    query: '村干部一年挣那么点钱，都不愿意干了，别的地方给涨了多少',
    expect: ['/cases/yongji-burden-reduction/', '/glossary/cun-zhugan/', '/glossary/liangwei/'],
    top: 3,
    why: 'yongji-article §1：村主干和两委其他干部的年报酬',
  },
  {
    query: '村里办公经费老是不够，电费都快交不起了，运转的钱怎么保障',
    expect: ['/cases/yongji-burden-reduction/'],
    top: 3,
    why: 'yongji-article §1：足额保障村（社区）运转经费',
  },
  {
    query: '村里的账老百姓不放心，老说干部有猫腻，村务财务怎么公开才让人信',
    expect: ['/glossary/sanwu-gongkai/', '/cases/yongji-burden-reduction/'],
    top: 3,
    why: 'yongji-article §1：“三务”即时公开、财务管理制度',
  },
  {
    query: '村委会的活动室一年到头锁着，没人管也没人用，有啥管理制度',
    expect: ['/cases/yongji-burden-reduction/'],
    top: 3,
    why: 'yongji-article §1：完善村级活动场所管理制度',
  },
  // §2 围绕目标优服务: old compounds, meals, village cohesion, culture, units in the district.
  {
    query: '单位宿舍院子没人管了，楼道灯坏了都没人修，咋办？',
    expect: SANWU_READ,
    top: 3,
    why: 'yongji-article §2：三无小区管理难题',
  },
  {
    query: '我们这片好几栋老楼，开发商早跑了，也没物业，居民天天来找社区',
    expect: SANWU_READ,
    top: 3,
    why: 'yongji-article §2：三无小区管理难题',
  },
  {
    query: '小区就两三栋楼，太小了物业公司都不愿意来接，怎么办',
    expect: [
      '/glossary/wuye-guanli-quyu/',
      '/methods/sange-yipi/',
      '/cases/sanwu-xiaoqu-program/',
      '/glossary/sanwu-xiaoqu/',
    ],
    top: 3,
    why: 'yongji-article §2：按位置、规模整合划分物业管理区域',
  },
  {
    query: '没人管的老小区，是请物业公司好还是让居民自己管好，有几种路子',
    expect: ['/methods/sange-yipi/', '/cases/sanwu-xiaoqu-program/', '/readings/property/'],
    top: 3,
    why: 'yongji-article §2：引进物业、群众自治、居委会托管',
  },
  {
    query: '老小区车乱停，大门谁都能进，整治完能变成啥样，有没有改好的例子',
    expect: ['/cases/tangyuyuan-xiaoqu/', '/cases/sanwu-xiaoqu-program/'],
    top: 3,
    why: 'yongji-article §2：唐御苑小区的门禁、道路、停车和小广场',
  },
  {
    query: '街道想把辖区里没人管的小区全摸个底，先从哪下手，谁来牵头',
    expect: ['/cases/sanwu-xiaoqu-program/', '/methods/sange-yipi/', '/glossary/sanwu-xiaoqu/'],
    top: 3,
    why: 'yongji-article §2：住建部门联合街道社区全面摸底',
  },
  {
    query: '几个老小区挨在一起，想合起来成立一个党支部和业委会一块管，行不行',
    expect: [
      '/glossary/lianhe-dangzhibu/',
      '/glossary/wuye-guanli-quyu/',
      '/glossary/wuye-weiyuanhui/',
      '/methods/sange-yipi/',
      '/cases/sanwu-xiaoqu-program/',
    ],
    top: 3,
    why: 'yongji-article §2：组建联合党支部和物业管理委员会',
  },
  {
    query: '社区老人多，子女不在身边，中午饭都是凑合，能不能办个食堂',
    expect: CANTEEN,
    top: 3,
    why: 'yongji-article §2：幸福邻里食堂，65岁以上老人优惠',
  },
  {
    query: '社区给老年人办了饭堂，饭菜干不干净大家不放心，怎么让人放心',
    expect: CANTEEN,
    top: 3,
    why: 'yongji-article §2：食材公示栏，社区全程监督食品安全',
  },
  {
    query: '有的老人腿脚不好下不了楼，吃饭咋解决，能给送上门吗',
    expect: CANTEEN,
    top: 3,
    why: 'yongji-article §2：不方便到店的居民可享受送餐服务',
  },
  {
    query: '农村老人一个人在家，吃饭、看病、洗澡都没人管，有啥好办法',
    expect: CANTEEN,
    top: 3,
    why: 'yongji-article §2：农村幸福食堂以一顿饭统筹休闲娱乐、医疗洗护',
  },
  {
    query: '村里人心散了，年轻人都在外面打工过年都不回，怎么把人聚起来',
    expect: CUNBA,
    top: 3,
    why: 'yongji-article §2：村BA召集外出青年返乡，增强归属感',
  },
  {
    query: '想搞个村跟村之间的比赛，把村民调动起来，顺带卖点土特产，有先例没',
    expect: CUNBA,
    top: 3,
    why: 'yongji-article §2：各村组队参赛、展销土特产',
  },
  {
    query: '听说有个镇搞村里打篮球的比赛，把全镇都带动起来了，是咋办的',
    expect: CUNBA,
    top: 3,
    why: 'yongji-article §2：虞乡镇村BA篮球赛（半说出名称）',
  },
  {
    query: '村里文化生活太单调，冬天光打牌，能组织点啥活动热闹热闹',
    expect: ['/glossary/cun-wan/', '/glossary/cun-ba/', '/cases/yongji-services-outcomes/', '/cases/yuxiang-cunba/'],
    top: 3,
    why: 'yongji-article §2：“村BA”“村晚”等文体活动687场次',
  },
  {
    query: '农村结婚彩礼越要越高，还大操大办，村里该怎么引导',
    expect: ['/glossary/yifeng-yisu/', '/cases/yongji-services-outcomes/'],
    top: 3,
    why: 'yongji-article §2：移风易俗精品节目展演',
  },
  {
    query: '社区自己办不了的事得靠各单位帮忙，怎么把单位和党员喊过来',
    expect: ['/methods/chuishao-baodao/', '/glossary/gongzhu-gongjian/', '/cases/yinghua-community/'],
    top: 3,
    why: 'yongji-article §2：“社区吹哨、党员报到”',
  },
  {
    query: '辖区里有不少机关单位，平时各顾各的，怎么让他们跟社区一起出力',
    expect: ['/glossary/gongzhu-gongjian/', '/cases/yinghua-community/', '/methods/chuishao-baodao/'],
    top: 3,
    why: 'yongji-article §2：樱花社区共驻共建入选全国案例',
  },
  // §3 整合力量齐治理: community work in buildings, mediation, platforms, grids, reporting.
  {
    query: '社区的独居老人、重点人员住哪，新来的人都摸不清，有没有一目了然的办法',
    expect: ['/glossary/minqing-map/', ...XINGBEI],
    top: 3,
    why: 'yongji-article §3：民情地图标注独居老人、特殊群体和风险点位',
  },
  {
    query: '业主和物业公司天天吵，社区夹在中间两头受气，咋办',
    expect: ['/glossary/xiaoqu-bangbangtuan/', ...XINGBEI, '/cases/yongji-mediation-center/', '/readings/property/'],
    top: 3,
    why: 'yongji-article §3：小区帮帮团专解物业纠纷',
  },
  {
    query: '社区党组织离居民太远，楼里出了事都不知道，怎么把工作做到每栋楼',
    expect: XINGBEI,
    top: 3,
    why: 'yongji-article §3：把党的组织力量沉入楼栋、落到单元',
  },
  {
    query: '小区的事想让居民坐下来商量着办，可每次都吵成一锅粥，怎么弄',
    expect: [...XINGBEI, '/glossary/sanzhi/'],
    top: 3,
    why: 'yongji-article §3：议事协商机制、自治理念',
  },
  {
    query: '两户人家为屋后一块地吵了好几年，该怎么调？',
    expect: MEDIATION,
    top: 3,
    why: 'yongji-article §3 与 supplementary：人民调解',
  },
  {
    query: '邻居闹矛盾，当面一调两句话又吵起来了，调解有没有啥窍门',
    expect: [
      ...CHEN,
      '/glossary/qizijue/',
      '/glossary/wuxin/',
      '/readings/mediation/',
      '/glossary/renmin-tiaojieyuan/',
    ],
    top: 3,
    why: 'yongji-article §3：陈潼兰总结的调解方法',
  },
  {
    query: '有个老调解员总结了几个字的口诀，调邻里纠纷特别管用，在哪能看到',
    expect: [...CHEN, '/glossary/qizijue/', '/glossary/wuxin/'],
    top: 3,
    why: 'yongji-article §3：陈潼兰的调解口诀（半说出名称；来源没写出七个字）',
  },
  {
    query: '社区有个调解很厉害的老同志，想让她把经验传给年轻调解员，怎么带',
    expect: CHEN,
    top: 3,
    why: 'yongji-article §3：陈潼兰把调解经验传授给其他社区的调解员',
  },
  {
    query: '退休的老党员想发挥余热，能不能让他们参与调解、到村里小区帮忙',
    expect: ['/cases/chen-tonglan-studio/', '/glossary/dangyuan-zhongxinhu/', '/glossary/renmin-tiaojieyuan/'],
    top: 3,
    why: 'yongji-article §3：10多名老同志加入工作室，79名党员分到村和小区',
  },
  {
    query: '群众有纠纷得跑好几个部门，来回被推，有没有一个地方能一次解决',
    expect: CENTER,
    top: 3,
    why: 'supplementary：矛调中心，跑一地、进一门、访一次',
  },
  {
    query: '出了车祸赔偿谈不拢，又不想打官司，能去哪调解',
    expect: [...CENTER, '/glossary/renmin-tiaojieyuan/'],
    top: 3,
    why: 'supplementary：矛调中心汇集交通事故等行业性调解组织',
  },
  {
    query: '两口子要离婚，家里老人跑来社区求助，这种家务事找谁调',
    expect: [...CENTER, '/glossary/renmin-tiaojieyuan/', '/glossary/tiaoweihui/'],
    top: 3,
    why: 'supplementary：婚姻家庭调解组织',
  },
  {
    query: '当事人不信我们派的调解员，说偏向对方，能不能让他自己挑人',
    expect: ['/cases/yongji-mediation-center/', '/glossary/renmin-tiaojieyuan/', '/glossary/maodiao-zhongxin/'],
    top: 3,
    why: 'supplementary：当事人可从38名优秀人民调解员中自选',
  },
  {
    query: '地是从村里包的又转给了别人，拆迁补偿款该给谁，两家闹翻了',
    expect: ['/cases/laowang-jiangang-dispute/'],
    top: 3,
    why: 'supplementary：老王与建刚的补偿款纠纷（承包后转包）',
  },
  {
    query: '好朋友合伙包地，后来为了一笔赔偿款翻了脸，这种该怎么调',
    expect: ['/cases/laowang-jiangang-dispute/', ...CHEN],
    top: 3,
    why: 'supplementary：昔日朋友为42000元补偿款起争执',
  },
  {
    query: '小矛盾没人管，拖着拖着就闹大了，怎么才能早发现早处理',
    expect: ['/methods/yufang-paicha-huajie/', '/cases/pingan-yongji/', '/readings/mediation/'],
    top: 3,
    why: 'yongji-article §3：预防走在排查前，排查走在化解前，化解走在激化前',
  },
  {
    query: '派出所接的警好多是家长里短的纠纷，民警忙不过来，能不能转给调解',
    expect: ['/methods/jingqing-ab-juan/', '/methods/pingtai-liandong/', '/glossary/hotline-110/'],
    top: 3,
    why: 'yongji-article §3：矛盾纠纷警情调解AB卷',
  },
  {
    query: '老百姓打110、打12345、在手机上反映，各走各的，最后没人管，咋整合',
    expect: PLATFORM,
    top: 3,
    why: 'yongji-article §3：几个平台互联互通、有序分流（半说出名称）',
  },
  {
    query: '网格员、民警、调解员各干各的，力量分散，怎么拧成一股绳',
    expect: GRID,
    top: 3,
    why: 'yongji-article §3：整合力量，全部进入网格包户',
  },
  {
    query: '想请警察、法官、检察官、律师定期到村里来，帮着化解矛盾，有这种做法吗',
    expect: ['/glossary/sanguan-yilv/', '/methods/liuge-qilai/', '/glossary/zhucun-minjing/', '/glossary/falv-guwen/'],
    top: 3,
    why: 'yongji-article §3：“三官一律”联起来',
  },
  {
    query: '群众看见安全隐患也不愿意报，怎么鼓励大家随时拍照举报',
    expect: ['/glossary/suishoupai/', '/methods/liuge-qilai/', '/cases/pingan-yongji/'],
    top: 3,
    why: 'yongji-article §3：平安永济随手拍App、群众举报奖励基金',
  },
  {
    query: '群众觉得治安是政府的事跟自己没关系，怎么让老百姓动起来',
    expect: GRID,
    top: 3,
    why: 'yongji-article §3：群众动起来，全员参与社会治理',
  },
  {
    query: '我们这上访的人多，信访压力大，别的地方是怎么把信访量降下来的',
    expect: ['/glossary/sanxiajiang/', '/cases/pingan-yongji/', '/methods/yufang-paicha-huajie/'],
    top: 3,
    why: 'yongji-article §3：110接警量、审判案件量、信访总量三下降',
  },
  {
    query: '驻村民警、司法所的人、律师怎么进网格，包户咋分',
    expect: [
      '/cases/pingan-yongji/',
      '/glossary/zhucun-minjing/',
      '/methods/liuge-qilai/',
      '/glossary/sifa-xieliyuan/',
      '/glossary/falv-guwen/',
    ],
    top: 3,
    why: 'yongji-article §3：驻村民警、司法协理员、法律顾问进入网格包户',
  },
  // Trainers' tasks.
  {
    query: '给村干部讲怎么给基层减负，有什么材料',
    expect: ['/readings/burden-reduction/', '/cases/yongji-burden-reduction/', '/glossary/jiceng-jianfu/'],
    top: 3,
    why: '培训者：yongji-article §1 的减负与厘清权责',
  },
  {
    query: '下周给新上任的村社区干部上课，想讲几个实用的基层治理方法，从哪开始',
    expect: ['/readings/core-methods/', '/readings/party-building/'],
    top: 3,
    why: '培训者：入门路径（四个核心方法）',
  },
  {
    query: '培训调解员，想找个真实的调解案例带大家讨论',
    expect: ['/cases/laowang-jiangang-dispute/', '/readings/mediation/', '/cases/chen-tonglan-studio/'],
    top: 3,
    why: '培训者：supplementary 的补偿款案例',
  },
  {
    query: '组织社区干部学小区物业管理，有没有一套按顺序读的材料',
    expect: ['/readings/property/', '/themes/property/'],
    top: 3,
    why: '培训者：yongji-article §2 的小区治理',
  },
  {
    query: '党课想讲讲怎么把基层党组织建强，有没有现成的案例和讨论题',
    expect: ['/readings/party-building/', '/cases/yongji-party-building/'],
    top: 3,
    why: '培训者：yongji-article §1 筑牢战斗堡垒',
  },
  {
    query: '给网格员培训平安建设，要一些能讲的做法和数字',
    expect: ['/cases/pingan-yongji/', '/methods/liuge-qilai/', '/themes/public-safety/', '/glossary/wangge-yuan/'],
    top: 3,
    why: '培训者：yongji-article §3 平安永济',
  },
];

/** What cadres ask that the library does not cover: each `missing` word occurs nowhere in content/ (checked with grep). */
export const OUT_OF_SCOPE: OutOfScopeExpectation[] = [
  { query: '新农合医保怎么报销', missing: ['新农合', '医保', '报销'], why: '想办医疗报销；本库不讲医疗保障' },
  { query: '农村低保怎么申请，要准备啥', missing: ['低保'], why: '想给困难户申请低保；本库不讲社会救助' },
  { query: '公积金贷款买房需要什么条件', missing: ['公积金', '贷款', '买房'], why: '个人住房贷款，与基层治理无关' },
  { query: '小区垃圾分类怎么推行', missing: ['垃圾分类'], why: '想推行垃圾分类；来源没有写环境卫生工作' },
  { query: '宅基地审批要走哪些流程', missing: ['宅基地', '审批'], why: '农村建房用地审批，本库不涉及' },
  { query: '城乡居民养老保险一年交多少', missing: ['养老保险'], why: '社会保险缴费，本库不涉及' },
  { query: '残疾证怎么办理，去哪评残', missing: ['残疾证', '评残'], why: '想帮残疾人办证；本库没有残疾人服务' },
  { query: '农村危房改造补贴怎么申请', missing: ['危房改造', '补贴'], why: '农房改造政策，本库不涉及' },
  { query: '孩子上学要办户口迁移，去哪办', missing: ['户口', '迁移'], why: '户籍业务，本库不涉及' },
  { query: '退役军人优待证在哪领', missing: ['退役军人', '优待证'], why: '退役军人服务，本库不涉及' },
  { query: '秸秆焚烧禁烧期怎么巡查', missing: ['秸秆', '焚烧', '禁烧'], why: '农村环境执法，来源没有写' },
  { query: '新生儿疫苗在哪打', missing: ['新生儿', '疫苗'], why: '公共卫生服务，本库不涉及' },
  { query: '种粮补贴什么时候发到卡上', missing: ['种粮', '补贴'], why: '惠农补贴发放，本库不涉及' },
  { query: '村里厕所改造有什么标准', missing: ['厕所'], why: '农村改厕，来源没有写人居环境整治' },
];
