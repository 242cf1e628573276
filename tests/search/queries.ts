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
