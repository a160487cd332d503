/** The six departments whose existing databases the hub reads. */
export const DEPARTMENTS = [
  'PUBLIC_SECURITY',
  'JUSTICE',
  'CIVIL_AFFAIRS',
  'HR',
  'DISABILITY',
  'FINANCE',
] as const;

export type Department = (typeof DEPARTMENTS)[number];

export const DEPARTMENT_INFO: Record<
  Department,
  { slug: string; envVar: string; defaultDatabase: string; nameZh: string; nameEn: string }
> = {
  PUBLIC_SECURITY: { slug: 'public-security', envVar: 'HUB_DB_PUBLIC_SECURITY', defaultDatabase: 'gaj_rk', nameZh: '公安', nameEn: 'public security' },
  JUSTICE: { slug: 'justice', envVar: 'HUB_DB_JUSTICE', defaultDatabase: 'sfj_xz', nameZh: '司法', nameEn: 'justice' },
  CIVIL_AFFAIRS: { slug: 'civil-affairs', envVar: 'HUB_DB_CIVIL_AFFAIRS', defaultDatabase: 'mzj_jz', nameZh: '民政', nameEn: 'civil affairs' },
  HR: { slug: 'hr', envVar: 'HUB_DB_HR', defaultDatabase: 'rsj_sb', nameZh: '人社', nameEn: 'HR and social security' },
  DISABILITY: { slug: 'disability', envVar: 'HUB_DB_DISABILITY', defaultDatabase: 'cl_cjr', nameZh: '残联', nameEn: 'disability federation' },
  FINANCE: { slug: 'finance', envVar: 'HUB_DB_FINANCE', defaultDatabase: 'czj_ykt', nameZh: '财政', nameEn: 'finance' },
};
