import mysql from 'mysql2/promise';
import fs from 'node:fs';
const pid = fs.readFileSync('/run/mysqld/mysqld.pid','utf8').trim();
const cpu = () => { const f = fs.readFileSync(`/proc/${pid}/stat`,'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const c = await mysql.createConnection({ host: '127.0.0.1', user: 'root', database: 'bench_gaj_rk_100k', dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
const [ids] = await c.query('SELECT GMSFHM FROM RK_RYJBXX ORDER BY RAND() LIMIT 30000');
const all = ids.map((r) => r.GMSFHM);
const sql = (n) => `SELECT t.GMSFHM AS id, t.XM AS name, t.CSRQ AS birth, t.HJDZ_XZQHDM AS division, t.RYZTDM AS status, t.SWRQ AS death, t.ZXRQ AS cancellation FROM RK_RYJBXX t WHERE t.GMSFHM IN (${Array(n).fill('?').join(',')}) ORDER BY t.GMSFHM`;
const size = Number(process.argv[2] ?? 1000);
for (let round = 0; round < 4; round++) {
  for (const mode of ['query', 'execute']) {
    const c0 = cpu(), t0 = performance.now(), n0 = process.cpuUsage();
    let rows = 0;
    for (let i = 0; i < 30000 / size; i++) { const part = all.slice(i * size, i * size + size); const [r] = await c[mode](sql(size), part); rows += r.length; }
    const n = process.cpuUsage(n0);
    console.log(size, mode.padEnd(8), 'rows', rows, 'mariadb cpu ms', cpu() - c0, ' node cpu ms', Math.round((n.user + n.system) / 1000), ' wall ms', Math.round(performance.now() - t0));
  }
}
await c.end();
