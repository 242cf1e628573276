/**
 * A fresh held-out set of described situations and out-of-scope queries, written as a judge of
 * search: from the sources (yongji-article.txt, supplementary.md) and the library's entries, in
 * the words a village or community cadre types on her phone, without looking at the search code,
 * its configuration or any search result. These queries are only measured (a benchmark), never
 * tuned against: do not edit them to fit the pages or the ranking, and do not copy them into the
 * tuned groups. Their wording and problems differ from queries.ts and held-out.ts.
 */
import type { OutOfScopeExpectation, SearchExpectation } from './queries.ts';

const CHEN = ['/methods/chen-tonglan-mediation/', '/cases/chen-tonglan-studio/'];
const CANTEEN = ['/cases/xingfu-canteens/', '/glossary/xingfu-shitang/'];
const CUNBA = ['/cases/yuxiang-cunba/', '/glossary/cun-ba/'];
const XINGBEI = ['/methods/xingbei-3456/', '/cases/xingbei-community/'];
const CENTER = ['/cases/yongji-mediation-center/', '/glossary/maodiao-zhongxin/'];
const GRID = ['/methods/liuge-qilai/', '/glossary/liuge-qilai/'];
const SANWU_READ = [
  '/glossary/sanwu-xiaoqu/',
  '/methods/sange-yipi/',
  '/cases/sanwu-xiaoqu-program/',
  '/cases/tangyuyuan-xiaoqu/',
  '/glossary/wuye-guanli-quyu/',
  '/readings/property/',
];

export const FRESH_SITUATIONS: SearchExpectation[] = [
  // yongji-article §1: party building, cadres, burden reduction.
  {
    query: '社区书记培训老是坐着听报告，想换成书记自己上台讲的法子',
    expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/'],
    top: 3,
    why: 'yongji-article §1：蒲坂社区论坛“书记讲给书记听”“书记展示书记评”',
  },
  {
    query: '每个后进村毛病都不一样，整顿能不能一个村一个方子',
    expect: ['/methods/yicun-yice/', '/glossary/ruanruo-huansan/', '/cases/yongji-party-building/'],
    top: 3,
    why: 'yongji-article §1：“一村一策”整顿20个软弱涣散村级党组织（半说出名称）',
  },
  {
    query: '支部想让党员在各自工作岗位上多出点力，有啥活动能搞',
    expect: ['/cases/yongji-party-building/', '/readings/party-building/'],
    top: 3,
    why: 'yongji-article §1：发挥先锋作用，开展党员“立足岗位作贡献”活动',
  },
  {
    query: '党组织开会头一项必须先学习，这是个啥制度，咋落实',
    expect: ['/glossary/diyi-yiti/', '/methods/diyi-yiti/'],
    top: 3,
    why: 'yongji-article §1：规范“第一议题”制度10条举措（会议第一项议题之意为术语页的通用释义）',
  },
  {
    query: '村务公开老拖着不贴，咋整',
    expect: ['/glossary/sanwu-gongkai/', '/cases/yongji-burden-reduction/'],
    top: 3,
    why: 'yongji-article §1：健全机制，完善“三务”即时公开等制度',
  },
  {
    query: '听说有的地方把村里要开的证明一下砍掉几十项，真的假的',
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
    query: '基层减负喊了几年，到底有啥实招',
    expect: [
      '/glossary/jiceng-jianfu/',
      '/cases/yongji-burden-reduction/',
      '/readings/burden-reduction/',
      '/methods/shixiang-zhunru/',
      '/methods/liqing-quanze/',
    ],
    top: 3,
    why: 'yongji-article §1：厘清权责、事项准入、取消证明事项，基层减负持续深化',
  },
  {
    query: '上面让争创治理示范区，别的县都从哪几块下手的',
    expect: [
      '/glossary/shifanqu/',
      '/cases/yongji-party-building/',
      '/cases/yongji-burden-reduction/',
      '/cases/pingan-yongji/',
      '/readings/core-methods/',
    ],
    top: 3,
    why: 'yongji-article 导语与§1—§3：永济争当示范区创建排头兵，分党建引领、幸福家园、平安永济三部分',
  },
  // yongji-article §2: old compounds, canteens, culture, services.
  {
    query: '原来的物业合同到期撤走了，小区一下没人管，咋整',
    expect: SANWU_READ,
    top: 3,
    why: 'yongji-article §2：“三无小区”治理，引进物业、群众自治、居委会托管',
  },
  {
    query: '别的县排查出多少个没人管的老小区，治好了几个',
    expect: ['/cases/sanwu-xiaoqu-program/', '/glossary/sanwu-xiaoqu/', '/cases/yongji-services-outcomes/'],
    top: 3,
    why: 'yongji-article §2：排查出233个“三无小区”，16个实现物业规范治理',
  },
  {
    query: '社区食堂能不能让老人自己点菜',
    expect: CANTEEN,
    top: 3,
    why: 'yongji-article §2：幸福邻里食堂可选自助快餐，也可按菜单点单',
  },
  {
    query: '想学人家给居民办个吃饭的地方，别的县建起来几个了',
    expect: [...CANTEEN, '/cases/yongji-services-outcomes/'],
    top: 3,
    why: 'yongji-article §2：建成5个社区食堂，打造两个农村幸福食堂样板',
  },
  {
    query: '村里篮球队都是野路子，想请个正经教练带带，有这么搞的吗',
    expect: CUNBA,
    top: 3,
    why: 'yongji-article §2：各村党支部牵头组队，邀请专业教练指导',
  },
  {
    query: '办场比赛热闹完就散了，咋能让村里班子也跟着练出本事',
    expect: CUNBA,
    top: 3,
    why: 'yongji-article §2：各村在“村BA”比学赶超中提升组织能力',
  },
  {
    query: '过年想在村里办台晚会',
    expect: ['/glossary/cun-wan/', '/cases/yongji-services-outcomes/'],
    top: 3,
    why: 'yongji-article §2：“村BA”“村晚”等文体活动687场次（村晚的一般含义为术语页的通用释义）',
  },
  {
    query: '今年给老百姓办了几件实事，想比比别的地方一年办多少',
    expect: ['/cases/yongji-services-outcomes/'],
    top: 3,
    why: 'yongji-article §2：办理民生实事92件，党建服务民生活动221场次',
  },
  // yongji-article §3 and supplementary: community work, grids, safety, mediation.
  {
    query: '社区里芝麻大的事都往街道推，能不能就在社区里消化掉',
    expect: XINGBEI,
    top: 3,
    why: 'yongji-article §3：杏北社区“矛盾不上交，服务不缺位”',
  },
  {
    query: '光靠社区干部管不过来，想让居民自己管、讲法讲德一起上',
    expect: ['/glossary/sanzhi/', ...XINGBEI],
    top: 3,
    why: 'yongji-article §3：“3456”工作法强化自治、法治、德治“三治”理念',
  },
  {
    query: '社区建设到底弄成啥样才算好，有没有几条看得见的目标',
    expect: [
      '/glossary/liuhao/',
      '/methods/xingbei-3456/',
      '/glossary/xingfu-jiayuan/',
      '/cases/yongji-services-outcomes/',
    ],
    top: 3,
    why: 'yongji-article §3：“六好”目标；§2：幸福家园六个方面的目标',
  },
  {
    query: '网格员老坐办公室，咋让他多下户',
    expect: [...GRID, '/glossary/wangge-yuan/', '/cases/pingan-yongji/'],
    top: 3,
    why: 'yongji-article §3：“网格员跑起来”，各类人员全部进入网格包户',
  },
  {
    query: '镇村干部下去就转一圈，能不能每人包几户一直盯着',
    expect: [...GRID, '/cases/pingan-yongji/'],
    top: 3,
    why: 'yongji-article §3：“干部包起来”；各类人员全部进入网格包户',
  },
  {
    query: '想让党员在网格里亮出来，戴党徽、插党旗，有现成做法没',
    expect: GRID,
    top: 3,
    why: 'yongji-article §3：“党旗飘起来、党徽戴起来”',
  },
  {
    query: '老百姓报了隐患想给点奖金，这笔钱有地方专门设过吗',
    expect: ['/methods/liuge-qilai/', '/glossary/suishoupai/', '/cases/pingan-yongji/'],
    top: 3,
    why: 'yongji-article §3：用好“平安永济随手拍”App，设立群众举报奖励基金',
  },
  {
    query: '老百姓总说没啥安全感，别处搞平安建设都抓了哪些',
    expect: [
      '/cases/pingan-yongji/',
      '/glossary/pingan-yongji/',
      '/methods/liuge-qilai/',
      '/methods/yufang-paicha-huajie/',
      '/readings/core-methods/',
    ],
    top: 3,
    why: 'yongji-article §3：平安永济：整合力量、系统集成、平台联动',
  },
  {
    query: '法院的案子一年比一年多，能不能在下面先把纠纷调掉一些',
    expect: [
      '/glossary/sanxiajiang/',
      '/cases/pingan-yongji/',
      '/methods/pingtai-liandong/',
      '/methods/yufang-paicha-huajie/',
      '/readings/mediation/',
    ],
    top: 3,
    why: 'yongji-article §3：平台联动与调解，审判案件量等实现“三下降”',
  },
  {
    query: '业主和物业为物业费吵了大半年，都要打官司了，有专门调这种纠纷的地方吗',
    expect: [...CENTER, '/glossary/xiaoqu-bangbangtuan/', ...XINGBEI],
    top: 3,
    why: 'supplementary：矛调中心汇集物业等行业性调解组织；yongji-article §3：小区帮帮团专解物业纠纷',
  },
  {
    query: '我们这有个调解员口碑特别好，十里八乡都找她，想用她名字挂牌开个调解室',
    expect: ['/glossary/pinpai-tiaojieshi/', ...CENTER, '/cases/chen-tonglan-studio/'],
    top: 3,
    why: 'supplementary：矛调中心汇集个人品牌调解室；yongji-article §3：陈潼兰的工作室',
  },
  {
    query: '调解时该把两家叫一块当面谈，还是一家一家分开谈',
    expect: [...CHEN, '/cases/laowang-jiangang-dispute/', '/readings/mediation/'],
    top: 3,
    why: 'supplementary：陈潼兰先以情理稳住双方，再分别听取陈述、调查',
  },
  {
    query: '调解到底图个啥，光把事了了就算完了吗',
    expect: [...CHEN, '/readings/mediation/'],
    top: 3,
    why: 'yongji-article §3：陈潼兰：“调解的是矛盾，调顺的是民心……”',
  },
  // A trainer's task.
  {
    query: '下个月办调解员培训班，想要一套从头到尾的学习路线',
    expect: ['/readings/mediation/', '/readings/core-methods/'],
    top: 3,
    why: '培训者：yongji-article §3 与 supplementary 的调解内容（阅读路径）',
  },
];

/** Each `missing` word occurs nowhere in content/ (checked with grep when written). */
export const FRESH_OUT_OF_SCOPE: OutOfScopeExpectation[] = [
  { query: '社区里有人失业了，失业金去哪领', missing: ['失业', '失业金'], why: '失业保险待遇，本库不涉及' },
  { query: '村里老人满八十了，高龄津贴咋申请', missing: ['高龄', '津贴'], why: '老年人福利补贴，本库不涉及' },
  { query: '买了台拖拉机，农机能补多少钱', missing: ['拖拉机', '农机'], why: '农机购置补贴，与基层治理无关' },
  { query: '小区房子住了十来年，房产证一直办不下来', missing: ['房产证'], why: '不动产登记，来源没有写' },
  { query: '公租房咋申请，排队得等多久', missing: ['公租房', '排队'], why: '保障性住房，本库不涉及' },
  { query: '孩子想转到镇上小学，转学手续咋办', missing: ['转学', '小学'], why: '义务教育入学转学，本库不涉及' },
  { query: '村卫生室缺医生，老人拿药得跑县城', missing: ['卫生室', '拿药', '县城'], why: '农村基层医疗，来源没有写' },
  { query: '村里通县城的公交停了，老人出行咋办', missing: ['公交', '县城'], why: '城乡公交，本库不涉及' },
  { query: '村民想开个小卖部，营业执照去哪办', missing: ['小卖部', '营业执照'], why: '市场主体登记，本库不涉及' },
  { query: '驾照到期了，在哪换证', missing: ['驾照', '换证'], why: '车驾管业务，与基层治理无关' },
  { query: '家里孩子想去当兵，征兵报名找谁', missing: ['当兵', '征兵'], why: '征兵工作，本库不涉及' },
  { query: '防返贫监测户是咋认定的，村里咋报', missing: ['返贫', '监测户'], why: '防止返贫监测帮扶，来源没有写' },
];
