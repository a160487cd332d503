/**
 * Who qualifies for a programme, in words for the public, by its eligibility condition code
 * (finance's BT_XM condition; crosscheck rules). A code the hub does not know, or none, points to
 * the programme's policy basis rather than guessing.
 */
const QUALIFIES_ZH: Record<string, string> = {
  DIBAO: '城乡最低生活保障家庭成员',
  TEKUN: '特困供养人员',
  DISABLED_ANY: '持有效残疾人证的残疾人',
  DISABLED_SEVERE: '持有效一级、二级残疾人证的重度残疾人',
  DIBAO_DISABLED: '持有效残疾人证的低保家庭成员',
  AGE_80: '年满80周岁的老年人',
};

export const QUALIFIES_BY_POLICY = '按政策依据文件规定的对象';

export function qualifiesZh(condition: string | null | undefined): string {
  const code = (condition ?? '').trim();
  return (code && QUALIFIES_ZH[code]) || QUALIFIES_BY_POLICY;
}
