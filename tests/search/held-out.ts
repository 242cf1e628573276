/**
 * A held-out set of described situations and out-of-scope queries, written at the same time as
 * SITUATIONS and OUT_OF_SCOPE in queries.ts, before any ranking change, from the sources'
 * descriptions of problems (never from search results). These are only measured, in a benchmark,
 * and never tuned against: do not edit them to fit the pages or the ranking, and do not copy
 * them into the tuned groups. Their wording and problems differ from the first set's.
 */
import type { OutOfScopeExpectation, SearchExpectation } from './queries.ts';

const CHEN = ['/methods/chen-tonglan-mediation/', '/cases/chen-tonglan-studio/'];
const SANSHEN = ['/methods/yuxiang-sanshen-sanding/', '/glossary/sanshen-sanding/'];
const CANTEEN = ['/cases/xingfu-canteens/', '/glossary/xingfu-shitang/'];
const CUNBA = ['/cases/yuxiang-cunba/', '/glossary/cun-ba/'];
const XINGBEI = ['/methods/xingbei-3456/', '/cases/xingbei-community/'];
const CENTER = ['/cases/yongji-mediation-center/', '/glossary/maodiao-zhongxin/'];

export const HELD_OUT_SITUATIONS: SearchExpectation[] = [
  // yongji-article §1
  {
    query: '几个社区书记想互相看看谁干得好，当面比一比、评一评，有这种形式吗',
    expect: ['/methods/puban-forum/', '/cases/puban-forum-2025/'],
    top: 3,
    why: 'yongji-article §1：书记展示书记评',
  },
  {
    query: '上面来督查查出一堆问题，查完就放那没人改，怎么让整改真落地',
    expect: ['/cases/yongji-party-building/', '/methods/diyi-yiti/', '/glossary/diyi-yiti/'],
    top: 3,
    why: 'yongji-article §1：全覆盖督帮检查，发现整改问题223条',
  },
  {
    query: '社区想多搞点志愿服务，一年搞多少场算多，别的地方服务了多少人',
    expect: ['/cases/yongji-party-building/'],
    top: 3,
    why: 'yongji-article §1：志愿服务活动652场次，服务群众1.7万人次',
  },
  {
    query: '上面给村里批了扶持项目的钱，想知道别的县扶持了几个项目、投了多少',
    expect: ['/cases/yongji-party-building/', '/glossary/jiti-jingji/'],
    top: 3,
    why: 'yongji-article §1：集体经济扶持项目13个，总投资960万元',
  },
  {
    query: '各个科室都往村里派表格派任务，村里能不能不接，有什么依据',
    expect: [
      '/methods/shixiang-zhunru/',
      '/glossary/jiceng-jianfu/',
      '/cases/yongji-burden-reduction/',
      '/methods/liqing-quanze/',
      '/readings/burden-reduction/',
    ],
    top: 3,
    why: 'yongji-article §1：村（社区）事项准入制度',
  },
  {
    query: '办事的让村里证明“你妈是你妈”这种，实在没法开，有没有说法可以不开',
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
    query: '一件事镇里和县直部门来回扯皮，想先一项项审过再定下谁管，有参考吗',
    expect: [...SANSHEN, '/methods/liqing-quanze/', '/methods/lvzhi-qingdan/'],
    top: 3,
    why: 'yongji-article §1：虞乡镇做法属厘清权责（半说出名称）',
  },
  {
    query: '村委会主任一年能拿多少钱，其他村干部呢，涨了没有',
    expect: ['/cases/yongji-burden-reduction/', '/glossary/cun-zhugan/', '/glossary/liangwei/'],
    top: 3,
    why: 'yongji-article §1：村主干年报酬47499元，其他干部17100元',
  },
  // yongji-article §2
  {
    query: '业主想自己管小区，不请物业公司，或者先让居委会帮着管，能行吗',
    expect: [
      '/methods/sange-yipi/',
      '/cases/sanwu-xiaoqu-program/',
      '/glossary/wuye-weiyuanhui/',
      '/readings/property/',
    ],
    top: 3,
    why: 'yongji-article §2：群众自治一批、居委会托管一批',
  },
  {
    query: '住建局叫社区配合排查老旧楼院，排完了分几类往下推',
    expect: ['/cases/sanwu-xiaoqu-program/', '/methods/sange-yipi/', '/glossary/sanwu-xiaoqu/'],
    top: 3,
    why: 'yongji-article §2：住建部门摸底233个小区，分类推进',
  },
  {
    query: '社区饭堂对所有人开放会不会亏，老年人优惠咋定',
    expect: CANTEEN,
    top: 3,
    why: 'yongji-article §2：面向全体居民开放，65岁以上老人充卡优惠',
  },
  {
    query: '村里想给老人弄个吃饭的地方，顺带能下下棋、量量血压',
    expect: CANTEEN,
    top: 3,
    why: 'yongji-article §2：农村幸福食堂统筹休闲娱乐、医疗洗护',
  },
  {
    query: '镇里想办一届球赛，各村出队，怎么顺便让沿街摆摊的多挣点钱',
    expect: CUNBA,
    top: 3,
    why: 'yongji-article §2：带动沿街60余户摊位增收100余万元',
  },
  {
    query: '红白事大操大办，人情往来压得人喘不过气，想排个节目劝劝大家',
    expect: ['/glossary/yifeng-yisu/', '/cases/yongji-services-outcomes/'],
    top: 3,
    why: 'yongji-article §2：移风易俗精品节目展演85场次',
  },
  // yongji-article §3 and supplementary
  {
    query: '社区想在墙上挂张图，标出要照顾的人和有风险的地方，怎么弄',
    expect: ['/glossary/minqing-map/', ...XINGBEI],
    top: 3,
    why: 'yongji-article §3：杏北社区的民情地图',
  },
  {
    query: '想在小区组个小队专门帮居民解决物业的烦心事，谁牵头合适',
    expect: ['/glossary/xiaoqu-bangbangtuan/', ...XINGBEI],
    top: 3,
    why: 'yongji-article §3：党员骨干牵头、整合物管会和志愿者的小区帮帮团',
  },
  {
    query: '两边当事人火气都很大，一见面就吵，调解时先怎么让他们冷静下来',
    expect: [...CHEN, '/cases/laowang-jiangang-dispute/', '/readings/mediation/'],
    top: 3,
    why: 'supplementary：陈潼兰先以情理稳住双方，再分别听取、调查',
  },
  {
    query: '自然村里没有调解员，屁大点事都往镇上跑，怎么把调解的人放到村里',
    expect: ['/cases/chen-tonglan-studio/', '/cases/pingan-yongji/', '/glossary/renmin-tiaojieyuan/'],
    top: 3,
    why: 'yongji-article §3：79名党员分布到17个自然村担任矛盾调解员',
  },
  {
    query: '病人家属跟医院谈不拢在医院闹，这种纠纷有地方能调吗',
    expect: [...CENTER, '/glossary/renmin-tiaojieyuan/'],
    top: 3,
    why: 'supplementary：矛调中心汇集医疗等行业性调解组织',
  },
  {
    query: '村里土地承包的经济纠纷，村里调不动，该往哪送',
    expect: [...CENTER, '/cases/laowang-jiangang-dispute/'],
    top: 3,
    why: 'supplementary：农村经济纠纷调解组织；承包转包引起的补偿款纠纷',
  },
  {
    query: '热线转过来的单子太多，街道来不及办，怎么分流、怎么跟踪办完没有',
    expect: ['/methods/pingtai-liandong/', '/glossary/hotline-12345/', '/cases/pingan-yongji/'],
    top: 3,
    why: 'yongji-article §3：有序分流、全程跟踪办理机制',
  },
  {
    query: '矛盾排查每个月都往上报，报完就完了，怎么做到没闹大就化解掉',
    expect: ['/methods/yufang-paicha-huajie/', '/cases/pingan-yongji/', '/readings/mediation/'],
    top: 3,
    why: 'yongji-article §3：预防走在排查前……化解走在激化前',
  },
  // Trainers' tasks.
  {
    query: '给党建指导员培训，想讲讲镇街党建办的人是怎么选、怎么配齐的',
    expect: [
      '/readings/burden-reduction/',
      '/readings/party-building/',
      '/methods/sanxuan-sanbuxuan/',
      '/glossary/dangjianban/',
      '/cases/yongji-burden-reduction/',
    ],
    top: 3,
    why: '培训者：yongji-article §1 选优配强镇街党建办人员',
  },
  {
    query: '给调委会的人讲课，想讲清楚纠纷从报警、热线转到调解员手里是怎么接上的',
    expect: [
      '/readings/mediation/',
      '/methods/pingtai-liandong/',
      '/methods/jingqing-ab-juan/',
      '/cases/yongji-mediation-center/',
    ],
    top: 3,
    why: '培训者：yongji-article §3 平台联动与警情调解；supplementary 矛调中心',
  },
  {
    query: '要给新招的网格员上一课，讲讲他们在村里社区平时该干啥',
    expect: ['/glossary/wangge-yuan/', '/methods/liuge-qilai/', '/cases/pingan-yongji/', '/readings/core-methods/'],
    top: 3,
    why: '培训者：yongji-article §3 网格员跑起来、进入网格包户',
  },
];

/** Each `missing` word occurs nowhere in content/ (checked with grep when written). */
export const HELD_OUT_OUT_OF_SCOPE: OutOfScopeExpectation[] = [
  {
    query: '留守儿童放暑假安全谁来管',
    missing: ['留守儿童', '暑假'],
    why: '想管留守儿童假期安全；本库没有儿童关爱工作',
  },
  { query: '楼上高空抛物抓不到人怎么办', missing: ['高空抛物'], why: '想查高空抛物；来源没有写' },
  { query: '养狗不拴绳吓着孩子了怎么管', missing: ['养狗', '拴绳'], why: '文明养犬管理，本库不涉及' },
  { query: '身份证丢了在哪补办', missing: ['身份证', '补办'], why: '证件业务，本库不涉及' },
  { query: '屋顶装光伏板划不划算', missing: ['光伏'], why: '农户光伏，与基层治理无关' },
  { query: '村里想搞民宿发展乡村旅游怎么起步', missing: ['民宿', '旅游'], why: '乡村旅游产业，来源没有写' },
  { query: '社保卡怎么激活', missing: ['社保卡', '激活'], why: '社会保障卡业务，本库不涉及' },
  { query: '汛期防汛值班表怎么排', missing: ['汛期', '防汛', '值班'], why: '防汛工作，本库不涉及' },
];
