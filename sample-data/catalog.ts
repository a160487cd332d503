/**
 * Reference data of the sample county: places, names, banks, employers, the programmes and the
 * disbursement calendar. The county is 略阳县 (610727) in 汉中; village names are made up.
 */

export const COUNTY_CODE = '610727';
export const COUNTY_ADDRESS = '陕西省汉中市略阳县';

export interface Village {
  /** 12-digit division code. */
  code: string;
  name: string;
  township: string;
  urban: boolean;
  addressPrefix: string;
}

interface TownshipSpec {
  code: string;
  name: string;
  weight: number;
  villages: [string, string][];
}

const LUEYANG: TownshipSpec[] = [
  { code: '001', name: '兴州街道', weight: 28, villages: [['001', '北关社区'], ['002', '南关社区'], ['003', '东渡社区'], ['004', '西渡社区'], ['201', '嘉陵村'], ['202', '五郎村']] },
  { code: '100', name: '接官亭镇', weight: 10, villages: [['201', '接官亭村'], ['202', '何家岩村'], ['203', '宋家坝村'], ['204', '杨家河村']] },
  { code: '101', name: '两河口镇', weight: 8, villages: [['201', '两河口村'], ['202', '石门沟村'], ['203', '柳树坪村']] },
  { code: '102', name: '金家河镇', weight: 7, villages: [['201', '金家河村'], ['202', '磨坪村'], ['203', '王家坝村']] },
  { code: '103', name: '徐家坪镇', weight: 8, villages: [['201', '徐家坪村'], ['202', '瓦房沟村'], ['203', '黄家营村']] },
  { code: '104', name: '白水江镇', weight: 9, villages: [['201', '白水江村'], ['202', '青泥河村'], ['203', '庙坝村'], ['204', '鲁家湾村']] },
  { code: '105', name: '硖口驿镇', weight: 7, villages: [['201', '硖口驿村'], ['202', '桑树湾村'], ['203', '牛家坪村']] },
  { code: '106', name: '马蹄湾镇', weight: 6, villages: [['201', '马蹄湾村'], ['202', '大泉沟村'], ['203', '罗家坪村']] },
  { code: '107', name: '乐素河镇', weight: 7, villages: [['201', '乐素河村'], ['202', '柳家沟村'], ['203', '赵家坝村']] },
  { code: '108', name: '郭镇', weight: 10, villages: [['201', '郭镇村'], ['202', '李家庄村'], ['203', '宝珠寺村'], ['204', '上坝村']] },
];

/** Neighbouring counties: the register is kept city-wide, so some rows live there. */
const NEIGHBOURS: { county: string; address: string; townships: TownshipSpec[] }[] = [
  {
    county: '610725',
    address: '陕西省汉中市勉县',
    townships: [
      { code: '001', name: '勉阳街道', weight: 3, villages: [['001', '西街社区'], ['201', '莲水村']] },
      { code: '100', name: '武侯镇', weight: 2, villages: [['201', '武侯村'], ['202', '七里店村']] },
    ],
  },
  {
    county: '610726',
    address: '陕西省汉中市宁强县',
    townships: [
      { code: '001', name: '汉源街道', weight: 3, villages: [['001', '北街社区'], ['201', '羊鹿坪村']] },
      { code: '100', name: '阳平关镇', weight: 2, villages: [['201', '阳平关村'], ['202', '擂鼓台村']] },
    ],
  },
];

function villagesOf(county: string, address: string, townships: TownshipSpec[]): [Village, number][] {
  const out: [Village, number][] = [];
  for (const t of townships) {
    for (const [code, name] of t.villages) {
      const urban = code.startsWith('0');
      out.push([
        { code: `${county}${t.code}${code}`, name, township: t.name, urban, addressPrefix: `${address}${t.name}${name}` },
        t.weight / t.villages.length,
      ]);
    }
  }
  return out;
}

export const COUNTY_VILLAGES = villagesOf(COUNTY_CODE, COUNTY_ADDRESS, LUEYANG);
export const NEIGHBOUR_VILLAGES = NEIGHBOURS.flatMap((n) => villagesOf(n.county, n.address, n.townships));

/**
 * Region prefixes of ID numbers. Before 汉中 became a city (1996) 略阳 was 612327, and people
 * kept the numbers they were issued; the rest are births elsewhere.
 */
export const ID_REGIONS = [
  '610727', '612327', '610725', '612325', '610726', '612326', '610702', '622621', '622626', '510821', '510812', '610102',
  // Only for valid IDs that the register does not know (PERSON_UNKNOWN lines).
  '500228', '420821', '411523',
] as const;
export const NATIVE_OLD_REGION = '612327';
export const NATIVE_REGION = '610727';
export const MIGRANT_REGIONS = ['610725', '612325', '610726', '612326', '610702', '622621', '622626', '510821', '510812', '610102'] as const;
export const UNKNOWN_REGIONS = ['500228', '420821', '411523', '622626', '510821'] as const;
export const NEIGHBOUR_REGION: Record<string, [string, string]> = { '610725': ['610725', '612325'], '610726': ['610726', '612326'] };

export const FAMILY_NAMES = (
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤'
).split('');

export const MALE_GIVEN = '伟强军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳磊峰建国志文海东春德福贵成山兴荣发庆安有生永'.split('');
export const FEMALE_GIVEN = '芳娟敏静丽艳娜霞秀英玲桂兰燕萍红梅琴云莲凤洁琳婷雪慧佳颖欣倩悦怡丹翠花珍香'.split('');

/** Characters people mix up in names: same sound, different character. */
export const HOMOPHONES: Record<string, string> = {
  伟: '炜', 军: '君', 明: '铭', 华: '桦', 芳: '方', 英: '瑛', 丽: '莉', 艳: '燕', 娟: '鹃', 静: '菁', 敏: '民',
  秀: '琇', 兰: '岚', 玲: '琳', 红: '虹', 梅: '玫', 霞: '侠', 云: '芸', 杰: '洁', 涛: '韬', 超: '朝', 刚: '钢',
  辉: '晖', 鹏: '朋', 飞: '菲', 波: '博', 斌: '彬', 宇: '雨', 浩: '皓', 健: '建', 俊: '峻', 峰: '锋', 志: '智',
  文: '雯', 海: '凯', 东: '冬', 春: '淳', 德: '得', 福: '富', 贵: '桂', 成: '诚', 山: '珊', 兴: '星', 荣: '蓉',
  发: '法', 庆: '青', 安: '岸', 生: '升', 永: '勇', 强: '蔷', 勇: '永', 平: '萍', 鑫: '欣', 凯: '恺', 帆: '凡',
  旭: '序', 宁: '凝', 龙: '隆', 林: '琳', 阳: '洋', 磊: '蕾', 建: '剑', 国: '帼', 有: '友', 娜: '纳', 桂: '贵',
  燕: '艳', 萍: '平', 琴: '芹', 莲: '连', 凤: '风', 洁: '杰', 琳: '林', 婷: '庭', 雪: '学', 慧: '惠', 佳: '家',
  颖: '英', 欣: '鑫', 倩: '茜', 悦: '月', 怡: '宜', 丹: '单', 翠: '萃', 花: '华', 珍: '真', 香: '湘',
};

/** Traditional spellings of family names, as old household books have them. */
export const TRADITIONAL: Record<string, string> = {
  张: '張', 刘: '劉', 陈: '陳', 杨: '楊', 黄: '黃', 赵: '趙', 吴: '吳', 孙: '孫', 马: '馬', 罗: '羅',
  郑: '鄭', 谢: '謝', 许: '許', 韩: '韓', 冯: '馮', 邓: '鄧', 肖: '蕭',
};

export interface Bank {
  code: string;
  name: string;
  bin: string;
}

export const BANKS: [Bank, number][] = [
  [{ code: '103', name: '中国农业银行', bin: '6228' }, 35],
  [{ code: '402', name: '陕西农信', bin: '6223' }, 30],
  [{ code: '403', name: '中国邮政储蓄银行', bin: '6221' }, 20],
  [{ code: '105', name: '中国建设银行', bin: '6217' }, 10],
  [{ code: '102', name: '中国工商银行', bin: '6222' }, 5],
];

export interface Employer {
  code: string;
  name: string;
  type: '10' | '20' | '30' | '90';
}

export const EMPLOYERS: Employer[] = [
  { code: 'DW61072710001', name: '略阳县人民政府办公室', type: '10' },
  { code: 'DW61072710002', name: '略阳县财政局', type: '10' },
  { code: 'DW61072710003', name: '略阳县林业局', type: '10' },
  { code: 'DW61072710004', name: '略阳县兴州街道办事处', type: '10' },
  { code: 'DW61072720001', name: '略阳县医院', type: '20' },
  { code: 'DW61072720002', name: '略阳县中医医院', type: '20' },
  { code: 'DW61072720003', name: '略阳县天津高级中学', type: '20' },
  { code: 'DW61072720004', name: '略阳县第二初级中学', type: '20' },
  { code: 'DW61072730001', name: '略阳钢铁有限责任公司', type: '30' },
  { code: 'DW61072730002', name: '略阳县嘉陵江水电开发有限公司', type: '30' },
  { code: 'DW61072730003', name: '略阳县乌鸡养殖专业合作社', type: '30' },
  { code: 'DW61072730004', name: '汉中天然谷生物科技股份有限公司略阳分公司', type: '30' },
  { code: 'DW61072730005', name: '略阳县兴达建筑工程有限公司', type: '30' },
  { code: 'DW61072790001', name: '略阳县个体劳动者协会', type: '90' },
  { code: 'DW61072790002', name: '略阳县兴州街道北关社区居民委员会', type: '90' },
];

export const PRISONS = {
  male: ['陕西省汉中监狱', '陕西省宝鸡监狱', '陕西省渭南监狱'],
  female: ['陕西省女子监狱'],
  detention: '略阳县看守所',
  community: '略阳县司法局社区矫正中心',
};

export const FAILURE_REASONS = ['账户已销户', '户名与账号不符', '账户冻结', '卡片已挂失', '账号不存在', '账户状态异常'];

export type ProgrammeCode =
  | 'MZ-DB'
  | 'MZ-TK'
  | 'MZ-GL'
  | 'CL-HL'
  | 'CL-SH'
  | 'CL-KF'
  | 'NY-GD'
  | 'TY-YF'
  | 'MZ-LSJZ'
  | 'RS-JCYLJ'
  | 'WJ-TBFZ';

export interface Programme {
  code: ProgrammeCode;
  name: string;
  department: string;
  fundingLevel: string;
  cycle: 'M' | 'Q' | 'Y' | 'O';
  /** Standard in fen; null: no fixed standard. */
  standardFen: number | null;
  condition: string | null;
  basis: string;
  published: boolean;
  year: string;
  clerk: string;
  approver: string;
}

export const PROGRAMMES: Programme[] = [
  { code: 'MZ-DB', name: '城乡最低生活保障金', department: 'MZ', fundingLevel: '1', cycle: 'M', standardFen: null, condition: 'DIBAO', basis: '《社会救助暂行办法》；陕西省城乡居民最低生活保障实施办法', published: true, year: '2024', clerk: 'mz_liping', approver: 'mz_zhaojun' },
  { code: 'MZ-TK', name: '特困人员基本生活费', department: 'MZ', fundingLevel: '1', cycle: 'M', standardFen: 90000, condition: 'TEKUN', basis: '《国务院关于进一步健全特困人员救助供养制度的意见》', published: true, year: '2024', clerk: 'mz_liping', approver: 'mz_zhaojun' },
  { code: 'MZ-GL', name: '高龄老人生活保健补贴', department: 'MZ', fundingLevel: '2', cycle: 'M', standardFen: 30000, condition: 'AGE_80', basis: '陕西省高龄老人生活保健补贴政策', published: true, year: '2024', clerk: 'mz_wangfang', approver: 'mz_zhaojun' },
  { code: 'CL-HL', name: '重度残疾人护理补贴', department: 'CL', fundingLevel: '1', cycle: 'M', standardFen: 10000, condition: 'DISABLED_SEVERE', basis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》', published: true, year: '2024', clerk: 'cl_yangli', approver: 'cl_hejun' },
  { code: 'CL-SH', name: '困难残疾人生活补贴', department: 'CL', fundingLevel: '1', cycle: 'M', standardFen: 10000, condition: 'DIBAO_DISABLED', basis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》', published: true, year: '2024', clerk: 'cl_yangli', approver: 'cl_hejun' },
  { code: 'CL-KF', name: '残疾人康复救助补贴', department: 'CL', fundingLevel: '3', cycle: 'Q', standardFen: 60000, condition: 'DISABLED_ANY', basis: '汉中市残疾人基本康复服务救助实施办法', published: true, year: '2024', clerk: 'cl_yangli', approver: 'cl_hejun' },
  { code: 'NY-GD', name: '耕地地力保护补贴', department: 'NY', fundingLevel: '1', cycle: 'Y', standardFen: null, condition: null, basis: '中央财政耕地地力保护补贴政策', published: true, year: '2024', clerk: 'ny_sunqiang', approver: 'ny_zhoumin' },
  { code: 'TY-YF', name: '优抚对象定期抚恤补助', department: 'TY', fundingLevel: '1', cycle: 'Q', standardFen: 190000, condition: null, basis: '《军人抚恤优待条例》', published: true, year: '2024', clerk: 'ty_huangwei', approver: 'ty_lujie' },
  { code: 'MZ-LSJZ', name: '临时救助金', department: 'MZ', fundingLevel: '4', cycle: 'O', standardFen: null, condition: null, basis: '《社会救助暂行办法》第十一章 临时救助', published: false, year: '2024', clerk: 'mz_wangfang', approver: 'mz_zhaojun' },
  { code: 'RS-JCYLJ', name: '城乡居民基础养老金', department: 'RS', fundingLevel: '1', cycle: 'M', standardFen: 20300, condition: null, basis: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》', published: true, year: '2024', clerk: 'rs_gaofeng', approver: 'rs_tianli' },
  { code: 'WJ-TBFZ', name: '计划生育家庭特别扶助金', department: 'WJ', fundingLevel: '2', cycle: 'Y', standardFen: null, condition: null, basis: '计划生育家庭特别扶助制度（2025年度草案）', published: false, year: '2025', clerk: 'wj_luoyan', approver: 'wj_qinhai' },
];

export const PROGRAMME_BY_CODE = new Map(PROGRAMMES.map((p) => [p.code, p]));

export function programme(code: ProgrammeCode): Programme {
  return PROGRAMME_BY_CODE.get(code)!;
}

export type BatchStatus = '01' | '02' | '03' | '04' | '05';

export interface BatchPlan {
  programme: ProgrammeCode;
  period: string;
  /** A 补发 batch re-paying the failed lines of the main batch of the same programme and period. */
  supplementary: boolean;
  status: BatchStatus;
}

export const PERIODS = ['202401', '202402', '202403', '202404'] as const;
export const PERIOD_STARTS = ['20240101', '20240201', '20240301', '20240401'] as const;

/**
 * The county's disbursement calendar, in the order the batches were created (which orders the
 * MXIDs): January to April 2024, with every batch status and a 补发 batch after each partly
 * failed one.
 */
export const BATCH_CALENDAR: BatchPlan[] = [
  ...(['MZ-DB', 'MZ-TK', 'MZ-GL', 'CL-HL', 'CL-SH', 'CL-KF', 'TY-YF'] as const).map((p) => main(p, '202401', '04')),
  main('MZ-DB', '202402', '05'), main('MZ-TK', '202402', '04'), main('MZ-GL', '202402', '04'), main('CL-HL', '202402', '04'),
  main('CL-SH', '202402', '04'), main('MZ-LSJZ', '202402', '04'), supp('MZ-DB', '202402'),
  main('MZ-DB', '202403', '04'), main('MZ-TK', '202403', '05'), main('MZ-GL', '202403', '04'), main('CL-HL', '202403', '05'),
  main('CL-SH', '202403', '04'), main('NY-GD', '202403', '05'), supp('MZ-TK', '202403'), supp('CL-HL', '202403'), supp('NY-GD', '202403'),
  main('MZ-DB', '202404', '03'), main('MZ-TK', '202404', '02'), main('MZ-GL', '202404', '01'), main('CL-HL', '202404', '04'),
  main('CL-SH', '202404', '04'), main('CL-KF', '202404', '02'), main('TY-YF', '202404', '03'),
];

/** The optional load-test batch (`batchLines`): one month of the residents' basic pension. */
export const BENCH_BATCH: BatchPlan = { programme: 'RS-JCYLJ', period: '202405', supplementary: false, status: '03' };

function main(programme: ProgrammeCode, period: string, status: BatchStatus): BatchPlan {
  return { programme, period, supplementary: false, status };
}

function supp(programme: ProgrammeCode, period: string): BatchPlan {
  return { programme, period, supplementary: true, status: '04' };
}

/** Periods in which a programme has a main batch. */
export function mainPeriods(code: ProgrammeCode): string[] {
  return BATCH_CALENDAR.filter((b) => b.programme === code && !b.supplementary).map((b) => b.period);
}

export function periodStartOf(period: string): string {
  return `${period}01`;
}

/** Main batches whose status lets lines fail (and so have a 补发 batch). */
export const PARTLY_FAILED = BATCH_CALENDAR.filter((b) => !b.supplementary && b.status === '05');

/** The day the departments' data was extracted: nothing in the county happens after it. */
export const SNAPSHOT = '20240630';
