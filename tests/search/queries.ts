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
  { query: '杏北社区', expect: ['/cases/xingbei-community/', '/places/xingbei/', '/methods/xingbei-3456/'], top: 1, why: '地名' },
  { query: '陈潼兰', expect: '/methods/chen-tonglan-mediation/', top: 3, why: '人名' },
  { query: '七字诀', expect: ['/glossary/qizijue/', '/methods/chen-tonglan-mediation/'], top: 1, why: '方法的组成' },
  { query: '五心', expect: ['/glossary/wuxin/', '/methods/chen-tonglan-mediation/'], top: 1, why: '两个字的术语' },
  { query: '五心工作法', expect: ['/glossary/wuxin/', '/methods/chen-tonglan-mediation/'], top: 1, why: '术语全称' },
  { query: '三审三定', expect: ['/methods/yuxiang-sanshen-sanding/', '/glossary/sanshen-sanding/'], top: 1, why: '方法名' },
  { query: '虞乡镇三审三定', expect: ['/methods/yuxiang-sanshen-sanding/', '/glossary/sanshen-sanding/'], top: 1, why: '地名加方法名' },
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
  { query: '帮帮团', expect: ['/glossary/xiaoqu-bangbangtuan/', '/methods/xingbei-3456/', '/cases/xingbei-community/'], top: 1, why: '简称' },
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
  { query: '矛盾纠纷化解', expect: ['/themes/mediation/', '/methods/yufang-paicha-huajie/', '/cases/pingan-yongji/'], top: 3, why: '比一个词长的短语' },
  { query: '矛盾纠纷', expect: ['/methods/jingqing-ab-juan/', '/glossary/maodiao-zhongxin/', '/cases/pingan-yongji/', '/cases/yongji-mediation-center/'], top: 3, why: '常用短语' },
  { query: '调解', expect: ['/methods/chen-tonglan-mediation/', '/glossary/renmin-tiaojieyuan/', '/glossary/tiaoweihui/', '/cases/yongji-mediation-center/', '/methods/jingqing-ab-juan/', '/glossary/maodiao-zhongxin/', '/glossary/pinpai-tiaojieshi/'], top: 3, why: '一个词' },
  { query: '矛调中心', expect: ['/glossary/maodiao-zhongxin/', '/cases/yongji-mediation-center/'], top: 1, why: '简称' },
  { query: '跑一地', expect: '/cases/yongji-mediation-center/', top: 3, why: '记得的一句话' },
  { query: '吹哨报到', expect: '/methods/chuishao-baodao/', top: 1, why: '简称' },
  { query: '三个一批', expect: '/methods/sange-yipi/', top: 1, why: '做法名' },
  { query: '事项准入', expect: '/methods/shixiang-zhunru/', top: 1, why: '制度名的一部分' },
  { query: '证明事项', expect: ['/glossary/zhengming-shixiang/', '/methods/shixiang-zhunru/'], top: 1, why: '术语' },
  { query: '三选三不选', expect: '/methods/sanxuan-sanbuxuan/', top: 1, why: '原则名' },
  { query: '蒲坂社区论坛', expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/'], top: 1, why: '活动名' },
  { query: '书记讲给书记听', expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/'], top: 3, why: '记得的环节名' },
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
const MEDIATION = ['/methods/chen-tonglan-mediation/', '/cases/yongji-mediation-center/', '/glossary/renmin-tiaojieyuan/', '/glossary/tiaoweihui/', '/glossary/maodiao-zhongxin/', '/methods/jingqing-ab-juan/', '/cases/laowang-jiangang-dispute/', '/glossary/pinpai-tiaojieshi/', '/readings/mediation/', '/methods/yufang-paicha-huajie/', '/cases/pingan-yongji/', '/cases/chen-tonglan-studio/'];
const SANWU = ['/glossary/sanwu-xiaoqu/', '/methods/sange-yipi/', '/cases/sanwu-xiaoqu-program/', '/cases/tangyuyuan-xiaoqu/'];
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
  { query: '七字诀是哪七个字', expect: ['/glossary/qizijue/', '/methods/chen-tonglan-mediation/'], top: 1, why: '问内容（来源没写，页面要说清）' },
  { query: '五心是哪五心', expect: ['/glossary/wuxin/', '/methods/chen-tonglan-mediation/'], top: 1, why: '问内容' },
  { query: '三无小区怎么治理', expect: SANWU, top: 3, why: '问做法' },
  { query: '老旧小区没有物业怎么办', expect: SANWU, top: 3, why: '用自己的话问' },
  { query: '如何给基层减负', expect: ['/cases/yongji-burden-reduction/', '/glossary/jiceng-jianfu/', '/methods/shixiang-zhunru/', '/readings/burden-reduction/', '/methods/lvzhi-qingdan/', '/methods/liqing-quanze/'], top: 3, why: '问做法' },
  { query: '六个起来是什么意思', expect: ['/methods/liuge-qilai/', '/glossary/liuge-qilai/'], top: 1, why: '问含义' },
  { query: '3456工作法有哪些内容', expect: '/methods/xingbei-3456/', top: 1, why: '问内容' },
  { query: '杏北社区有什么经验', expect: ['/cases/xingbei-community/', '/methods/xingbei-3456/', '/places/xingbei/'], top: 3, why: '问经验' },
  { query: '村BA是什么', expect: ['/glossary/cun-ba/', '/cases/yuxiang-cunba/'], top: 1, why: '问定义' },
  { query: '怎样开展移风易俗', expect: '/glossary/yifeng-yisu/', top: 3, why: '问做法' },
  { query: '党员中心户的作用是什么', expect: '/glossary/dangyuan-zhongxinhu/', top: 1, why: '问作用' },
  { query: '调委会是什么机构', expect: '/glossary/tiaoweihui/', top: 1, why: '问定义' },
  { query: '矛调中心在哪里', expect: ['/glossary/maodiao-zhongxin/', '/cases/yongji-mediation-center/'], top: 1, why: '问地点' },
  { query: '如何整顿软弱涣散村级党组织', expect: ['/methods/yicun-yice/', '/glossary/ruanruo-huansan/'], top: 3, why: '问做法' },
  { query: '村里不该开的证明有哪些', expect: ['/glossary/zhengming-shixiang/', '/methods/shixiang-zhunru/', '/cases/yongji-burden-reduction/', '/methods/liqing-quanze/'], top: 3, why: '用自己的话问' },
  { query: '社区工作者的报酬是多少', expect: ['/cases/yongji-burden-reduction/', '/glossary/shequ-gongzuozhe/'], top: 3, why: '问数字' },
  { query: '怎么用随手拍举报', expect: ['/glossary/suishoupai/', '/methods/pingtai-liandong/'], top: 3, why: '问用法' },
  { query: '12345热线和110怎么联动', expect: ['/methods/pingtai-liandong/', '/glossary/hotline-12345/', '/glossary/hotline-110/'], top: 3, why: '问机制' },
  { query: '幸福食堂是怎么办起来的', expect: ['/glossary/xingfu-shitang/', '/cases/xingfu-canteens/'], top: 1, why: '问经过' },
  { query: '第一议题制度是什么', expect: ['/glossary/diyi-yiti/', '/methods/diyi-yiti/'], top: 1, why: '问定义' },
  { query: '什么叫三治', expect: '/glossary/sanzhi/', top: 1, why: '问定义' },
  { query: '五红矩阵包括哪些', expect: '/glossary/wuhong-matrix/', top: 1, why: '问组成' },
  { query: '物管会和业委会有什么区别', expect: ['/glossary/wuguanhui/', '/glossary/wuye-weiyuanhui/'], top: 3, why: '问区别' },
  { query: '小区没有党组织怎么办', expect: ['/glossary/xiaoqu-dangzuzhi/', '/glossary/lianhe-dangzhibu/', '/methods/sange-yipi/', '/cases/sanwu-xiaoqu-program/', '/cases/xingbei-community/'], top: 3, why: '用自己的话问' },
  { query: '民情地图有什么用', expect: '/glossary/minqing-map/', top: 1, why: '问作用' },
  { query: '如何调解邻里纠纷', expect: MEDIATION, top: 3, why: '问做法' },
  { query: '什么是吹哨报到', expect: '/methods/chuishao-baodao/', top: 1, why: '问定义' },
  { query: '蒲坂社区论坛讲了什么', expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/'], top: 1, why: '问内容' },
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
  { query: '人民调解', expect: ['/glossary/renmin-tiaojieyuan/', '/glossary/tiaoweihui/'], top: 3, why: '全称的一部分' },
  { query: '减负', expect: ['/glossary/jiceng-jianfu/', '/cases/yongji-burden-reduction/'], top: 3, why: '简称' },
  { query: '春晚', expect: '/glossary/cun-wan/', top: 1, why: '村晚的说法' },
  { query: '矛盾调解中心', expect: ['/glossary/maodiao-zhongxin/', '/cases/yongji-mediation-center/'], top: 1, why: '全称记不全' },
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
  { query: 'maodiaozhongxin', expect: ['/glossary/maodiao-zhongxin/', '/cases/yongji-mediation-center/'], top: 1, why: '全拼' },
  { query: 'xingbei', expect: ['/cases/xingbei-community/', '/methods/xingbei-3456/', '/places/xingbei/'], top: 1, why: '地名全拼' },
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
  { query: '矛盾糾紛', expect: ['/methods/jingqing-ab-juan/', '/glossary/maodiao-zhongxin/', '/cases/pingan-yongji/', '/cases/yongji-mediation-center/'], top: 3, why: '繁体' },
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

/** Each group of the query set and the share of it that must pass. */
export const GROUPS: { name: string; queries: SearchExpectation[]; mustPass: number }[] = [
  { name: '关键词（第一轮）', queries: QUERIES, mustPass: 1 },
  { name: '问句', queries: QUESTIONS, mustPass: 0.9 },
  { name: '其他说法', queries: OTHER_NAMES, mustPass: 0.9 },
  { name: '拼音和首字母', queries: PINYIN, mustPass: 0.9 },
  { name: '繁体', queries: TRADITIONAL, mustPass: 1 },
];
