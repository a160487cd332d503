import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const { site } = JSON.parse(readFileSync('/tmp/hub.out', 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const [w, h, tag] of [[390, 844, 'phone'], [1280, 900, 'desk']] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  for (const p of ['index.html', 'policies.html', 'announcements.html?batch=PC610727202403MZDB01', 'lookup.html', 'complaints.html']) {
    await page.goto(site + p, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `/tmp/dsite/${tag}-${p.split('.')[0]}.png`, fullPage: false });
  }
  await page.close();
}
await browser.close();
