/**
 * The sample county for the analyst-scope end-to-end tests (ruling 5): a whole hub over a generated
 * county, with persons planted in the departments' files whose ID numbers say nothing of where
 * they live or are paid:
 * - `migrant`: ID number of another county, registered in the county, paid by its batch (one line
 *   credited late, one failed and never re-issued), and paid once more by a neighbouring county's
 *   batch, a line outside the county's analysts' scope;
 * - `paidElsewhere`: ID number and register entry of a neighbouring county, paid by the county's batch;
 * - `missedMigrant`: ID number of another county, registered in the county, holding a severe
 *   disability certificate and paid nothing (漏发);
 * - `outsider`: registered in a neighbouring county and paid by none of the county's batches;
 * - `prefixOnly`: ID number of the county itself, registered in a neighbouring county, paid by none
 *   of the county's batches: the prefix alone must not let an analyst see them.
 */
import { openDepartment, query, TRIM } from './disbursement-county.js';
import { startHub, type TestHub } from './hub.js';
import { validIdNumber } from './id-numbers.js';

export const SCOPE_PERIOD = '202403';

export interface ScopeCounty {
  hub: TestHub;
  county: string;
  /** A county batch of SCOPE_PERIOD under a programme for the severely disabled, with the planted lines. */
  batchNumber: string;
  severeProgramme: string;
  /** The county village and township the migrants are registered in. */
  village: string;
  township: string;
  /** A neighbouring county, with no batches of its own: its analysts' regions. */
  neighbour: string;
  persons: { migrant: string; paidElsewhere: string; missedMigrant: string; outsider: string; prefixOnly: string };
  /** The planted lines: migrant's late credit and failed line, the line paying `paidElsewhere`, and the neighbour's line paying migrant. */
  lines: { late: string; failed: string; paidElsewhere: string; neighbours: string };
}

function plant(hub: TestHub, c: Omit<ScopeCounty, 'hub'>): void {
  const { persons, village, neighbour } = c;
  const register = openDepartment(hub, 'PUBLIC_SECURITY', false);
  const person = register.prepare(
    `INSERT INTO RK_RYJBXX (GMSFHM, XM, XBDM, CSRQ, MZDM, HJDZ_XZQHDM, HJDZ_DZMC, RYZTDM, SWRQ, ZXRQ, GXSJ) VALUES (?, ?, '1', ?, '01', ?, '某村', '0', NULL, NULL, '2024-01-01 00:00:00')`,
  );
  person.run(persons.migrant, '迁入甲', persons.migrant.slice(6, 14), village);
  person.run(persons.missedMigrant, '迁入乙', persons.missedMigrant.slice(6, 14), village);
  person.run(persons.paidElsewhere, '邻县丙', persons.paidElsewhere.slice(6, 14), `${neighbour}001001`);
  person.run(persons.outsider, '邻县丁', persons.outsider.slice(6, 14), `${neighbour}001201`);
  person.run(persons.prefixOnly, '邻县戊', persons.prefixOnly.slice(6, 14), `${neighbour}001201`);
  register.close();
  const disability = openDepartment(hub, 'DISABILITY', false);
  disability
    .prepare(`INSERT INTO CJR_ZXX (CJRZH, SFZH, XM, CJLBDM, CJDJDM, FZRQ, YXQZ, ZXRQ) VALUES (?, ?, '迁入乙', '4', '1', '20200101', '20300101', NULL)`)
    .run(`${persons.missedMigrant}41`, persons.missedMigrant);
  disability.close();
  const finance = openDepartment(hub, 'FINANCE', false);
  const [sent] = finance.prepare(`SELECT TJSJ FROM FF_PC WHERE PCH = ?`).all(c.batchNumber) as { TJSJ: string | null }[];
  const sentAt = new Date(`${(sent?.TJSJ ?? '2024-03-10 09:00:00').replace(' ', 'T')}+08:00`);
  const late = new Date(sentAt.getTime() + 5 * 86_400_000).toISOString().replace('T', ' ').slice(0, 19);
  const line = finance.prepare(`INSERT INTO FF_MX (MXID, PCH, SFZH, XM, YHZH, JE, FFZTDM, SBYY, DZSJ) VALUES (?, ?, ?, ?, ?, 100.00, ?, ?, ?)`);
  line.run(Number(c.lines.late), c.batchNumber, persons.migrant, '迁入甲', '6228000000009001', '1', null, late);
  line.run(Number(c.lines.failed), c.batchNumber, persons.migrant, '迁入甲', '6228000000009002', '2', '账户已冻结', null);
  line.run(Number(c.lines.paidElsewhere), c.batchNumber, persons.paidElsewhere, '邻县丙', '6228000000009003', '0', null, null);
  const neighbours = `PC${neighbour}${SCOPE_PERIOD}SCOPE01`;
  finance
    .prepare(`INSERT INTO FF_PC (PCH, XMDM, FFQJ, XZQHDM, ZTDM, LRR, SHR, TJSJ) SELECT ?, XMDM, FFQJ, ?, ZTDM, LRR, SHR, TJSJ FROM FF_PC WHERE PCH = ?`)
    .run(neighbours, neighbour, c.batchNumber);
  line.run(Number(c.lines.neighbours), neighbours, persons.migrant, '迁入甲', '6228000000009001', '1', null, null);
  finance.close();
}

export async function startScopeCounty(seed = 31): Promise<ScopeCounty> {
  const hub = await startHub({ persons: 1000, seed, env: { HUB_LIMIT_COST: '50000000' } });
  try {
    const severeProgramme = query<{ XMDM: string }>(hub, 'FINANCE', `SELECT XMDM FROM BT_XM WHERE ${TRIM('ZGTJ')} = 'DISABLED_SEVERE' ORDER BY XMDM`)[0]!.XMDM.trim();
    const batch = query<{ PCH: string; XZQHDM: string }>(hub, 'FINANCE', `SELECT PCH, XZQHDM FROM FF_PC WHERE ${TRIM('XMDM')} = ? AND ${TRIM('FFQJ')} = ? ORDER BY PCH`, severeProgramme, SCOPE_PERIOD)[0]!;
    const county = batch.XZQHDM.trim();
    const counties = new Set(query<{ c: string }>(hub, 'FINANCE', `SELECT DISTINCT ${TRIM('XZQHDM')} AS c FROM FF_PC`).map((r) => r.c));
    const divisions = query<{ d: string }>(hub, 'PUBLIC_SECURITY', `SELECT DISTINCT ${TRIM('HJDZ_XZQHDM')} AS d FROM RK_RYJBXX WHERE LENGTH(${TRIM('HJDZ_XZQHDM')}) = 12 ORDER BY 1`).map((r) => r.d);
    const village = divisions.find((d) => d.startsWith(county))!;
    const neighbour = divisions.map((d) => d.slice(0, 6)).find((d) => d !== county && !counties.has(d))!;
    const other = ['610725', '610726', '612327'].find((code) => code !== county && code !== neighbour)!;
    const fixture = {
      county,
      batchNumber: batch.PCH,
      severeProgramme,
      village,
      township: village.slice(0, 9),
      neighbour,
      persons: {
        migrant: validIdNumber(other, '19550101', '921'),
        paidElsewhere: validIdNumber(neighbour, '19550101', '922'),
        missedMigrant: validIdNumber(other, '19550101', '923'),
        outsider: validIdNumber(neighbour, '19550101', '924'),
        prefixOnly: validIdNumber(county, '19550101', '925'),
      },
      lines: { late: '999999201', failed: '999999202', paidElsewhere: '999999203', neighbours: '999999204' },
    };
    plant(hub, fixture);
    return { hub, ...fixture };
  } catch (error) {
    await hub.close();
    throw error;
  }
}
