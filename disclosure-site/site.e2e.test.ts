/**
 * The disclosure site in a real browser (Debian's chromium through playwright-core) over the whole
 * hub on a generated sample county: every page, a search, one real person's own payments, a
 * complaint submitted and looked up, and no full ID number or full name of anyone in any page or
 * in any response the browser received.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../test-support/skip.js';
import assert from '../test-support/assert.js';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHub, type TestHub } from '../test-support/hub.js';
import { launchChromium, skipUnlessChromium } from '../test-support/browser.js';
import { isValidIdNumber, normaliseIdNumber } from '../lib/id-number.js';
import { maskIdNumber, maskName } from '../lib/masking.js';
import { validIdNumber } from '../test-support/id-numbers.js';

const FULL_ID = /(?<![0-9A-Za-z*])\d{17}[\dX](?![0-9A-Za-z])/;

interface Person {
  name: string;
  idNumber: string;
  failureReason: string;
  lines: number;
}

interface Seen {
  where: string;
  text: string;
}

/** What the sample county holds: every full name and ID number, and one person to look up. */
function readCounty(dataDir: string) {
  const finance = new Database(path.join(dataDir, 'czj_ykt.sqlite'), { readonly: true });
  const register = new Database(path.join(dataDir, 'gaj_rk.sqlite'), { readonly: true });
  try {
    const names = new Set<string>();
    const ids = new Set<string>();
    for (const row of finance.prepare('SELECT SFZH, XM FROM FF_MX').all() as { SFZH: string | null; XM: string | null }[]) {
      if (row.XM?.trim()) names.add(row.XM.trim());
      if (row.SFZH) ids.add(normaliseIdNumber(row.SFZH));
    }
    const registered = new Map<string, string>();
    const places: string[] = [];
    for (const row of register.prepare('SELECT GMSFHM, XM, HJDZ_DZMC FROM RK_RYJBXX').all() as { GMSFHM: string; XM: string | null; HJDZ_DZMC: string | null }[]) {
      const id = normaliseIdNumber(row.GMSFHM);
      ids.add(id);
      if (row.XM?.trim()) {
        names.add(row.XM.trim());
        registered.set(id, row.XM.trim());
      }
      if (row.HJDZ_DZMC) places.push(row.HJDZ_DZMC.replace(/\d.*$/u, ''));
    }
    const programmes = finance.prepare('SELECT XMMC, ZCYJ FROM BT_XM').all() as { XMMC: string | null; ZCYJ: string | null }[];
    // Someone paid under a published programme, once failed, whose register name is the paid name.
    const candidates = finance
      .prepare(
        `SELECT m.SFZH AS id, m.XM AS name, m.SBYY AS reason FROM FF_MX m JOIN FF_PC p ON p.PCH = m.PCH JOIN BT_XM x ON x.XMDM = p.XMDM
         WHERE x.GKBZ = '1' AND m.FFZTDM = '2' AND m.SBYY IS NOT NULL ORDER BY m.MXID`,
      )
      .all() as { id: string; name: string; reason: string }[];
    const chosen = candidates.find((c) => isValidIdNumber(normaliseIdNumber(c.id)) && registered.get(normaliseIdNumber(c.id)) === c.name.trim());
    assert.ok(chosen, 'the sample county has a person with a failed payment under a published programme');
    const idNumber = normaliseIdNumber(chosen.id);
    const lines = (
      finance
        .prepare(
          `SELECT COUNT(*) AS n FROM FF_MX m JOIN FF_PC p ON p.PCH = m.PCH JOIN BT_XM x ON x.XMDM = p.XMDM WHERE x.GKBZ = '1' AND trim(m.SFZH) IN (?, ?)`,
        )
        .get(idNumber, idNumber.replace(/X$/, 'x')) as { n: number }
    ).n;
    const person: Person = { name: chosen.name.trim(), idNumber, failureReason: chosen.reason.trim(), lines };
    // Public words a short name may happen to be part of: programme texts and place names.
    const vocabulary = [...programmes.flatMap((p) => [p.XMMC ?? '', p.ZCYJ ?? '']), ...new Set(places)].join('\n');
    const publishedCount = (finance.prepare(`SELECT COUNT(*) AS n FROM BT_XM WHERE GKBZ = '1'`).get() as { n: number }).n;
    const civilAffairs = (finance.prepare(`SELECT COUNT(*) AS n FROM BT_XM WHERE GKBZ = '1' AND trim(ZGBMDM) = 'MZ'`).get() as { n: number }).n;
    return { names, ids, person, vocabulary, publishedCount, civilAffairs };
  } finally {
    finance.close();
    register.close();
  }
}

function storedComplaint(dataDir: string, trackingNumber: string) {
  const store = new Database(path.join(dataDir, 'hub_store.sqlite'), { readonly: true });
  try {
    return store.prepare('SELECT * FROM disclosure_complaint WHERE tracking_number = ?').get(trackingNumber) as Record<string, string | null> | undefined;
  } finally {
    store.close();
  }
}

describeOrSkip('the disclosure site in a browser', { skip: skipUnlessChromium() }, () => {
  let hub: TestHub;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let county: ReturnType<typeof readCounty>;
  const seen: Seen[] = [];
  const pending: Promise<void>[] = [];
  const pageErrors: string[] = [];

  async function snapshot(label: string) {
    seen.push({ where: `${label} (page)`, text: await page.content() });
  }

  beforeAll(async () => {
    hub = await startHub({ persons: 1000, seed: 11 });
    county = readCounty(hub.dataDir);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      pending.push(
        response
          .body()
          .then((body) => void seen.push({ where: response.url(), text: body.toString('utf8') }))
          .catch(() => {}),
      );
    });
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  test('the home page shows the day’s disbursements, or says there are none and shows the latest day', async () => {
    await page.goto(hub.siteUrl);
    await page.locator('#today .state.loading').waitFor({ state: 'detached' });
    const text = await page.locator('#today').innerText();
    assert.match(text, /今天（\d{4}-\d{2}-\d{2}）/);
    // The sample county's batches went to the bank in 2024: "none today", then the latest day with its figures.
    assert.match(text, /暂无补贴发放|送银行发放的补贴/);
    assert.match(text, /最近一次发放日（2024-\d{2}-\d{2}）|送银行发放的补贴/);
    assert.ok((await page.locator('#today table tbody tr').count()) > 0);
    await snapshot('home');
  });

  test('the policy list shows every published programme and filters by department and year', async () => {
    await page.goto(`${hub.siteUrl}policies.html`);
    const rows = page.locator('#results tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), county.publishedCount);
    const first = await rows.first().innerText();
    assert.match(first, /(中央|省级|市级|县级)/);
    assert.match(first, /(按月|按季|按年|一次性)/);
    await page.selectOption('#department', 'CIVIL_AFFAIRS');
    await page.waitForFunction((n) => document.querySelectorAll('#results tbody tr').length === n, county.civilAffairs);
    for (const cell of await page.locator('#results tbody td[data-label="主管部门"]').allInnerTexts()) assert.equal(cell, '民政局');
    assert.match(page.url(), /department=CIVIL_AFFAIRS/);
    await page.selectOption('#department', '');
    await page.selectOption('#year', '2024');
    await page.waitForFunction((n) => document.querySelectorAll('#results tbody tr').length === n, county.publishedCount);
    await snapshot('policies');
  });

  test('a batch announcement lists masked names and ID numbers with totals, pages, and finds a person by name', async () => {
    await page.goto(`${hub.siteUrl}announcements.html`);
    await page.locator('#programme option[value="MZ-DB"]').waitFor({ state: 'attached' });
    await page.selectOption('#programme', 'MZ-DB');
    await page.locator('#batch:not([disabled])').waitFor();
    const batches = await page.locator('#batch option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    assert.ok(batches.length > 0);
    await page.selectOption('#batch', batches[0]!);
    await page.click('#scope button[type="submit"]');
    const rows = page.locator('#lines tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 20);
    for (const name of await page.locator('#lines td[data-label="姓名"]').allInnerTexts()) assert.match(name, /^\p{Script=Han}\*+\p{Script=Han}?$/u);
    for (const id of await page.locator('#lines td[data-label="身份证号码"]').allInnerTexts()) assert.match(id, /^\d{4}\*{10}[\dX]{4}$/);
    assert.match(await page.locator('#totals').innerText(), /合计金额/);
    const info = await page.locator('#page-info').innerText();
    assert.match(info, /第 1 \/ \d+ 页，共 \d+ 条/);
    await page.click('#next');
    await page.waitForFunction(() => /第 2 \//.test(document.getElementById('page-info')!.textContent ?? ''));
    assert.equal(await page.locator('#lines td[data-label="序号"]').first().innerText(), '21');
    await snapshot('announcement page 2');

    // Search the programme's announcement for the chosen person's batch, by full name: the row comes back masked.
    await page.goto(`${hub.siteUrl}lookup.html`);
    await page.fill('#name', county.person.name);
    await page.fill('#idNumber', county.person.idNumber);
    const mine = page.waitForResponse((r) => r.url().endsWith('/api/MyPayments'));
    await page.click('#lookup button[type="submit"]');
    const ownLines = ((await (await mine).json()) as { data: { myPayments: { batchNumber: string }[] } }).data.myPayments;
    await page.goto(`${hub.siteUrl}announcements.html?batch=${encodeURIComponent(ownLines[0]!.batchNumber)}`);
    await rows.first().waitFor();
    await page.fill('#search', county.person.name);
    const searched = page.waitForResponse((r) => r.url().endsWith('/api/Announcement'));
    await page.keyboard.press('Enter');
    const found = ((await (await searched).json()) as { data: { announcement: { totalCount: number } } }).data.announcement;
    assert.ok(found.totalCount >= 1 && found.totalCount < 20, `the search narrows the batch to a few lines (${found.totalCount})`);
    await page.waitForFunction((n) => document.querySelectorAll('#lines tbody tr').length === n, found.totalCount);
    const shownNames = await page.locator('#lines td[data-label="姓名"]').allInnerTexts();
    assert.ok(shownNames.includes(maskName(county.person.name)!));
    const ids = await page.locator('#lines td[data-label="身份证号码"]').allInnerTexts();
    assert.ok(ids.includes(maskIdNumber(county.person.idNumber)));
    await snapshot('announcement search');
  });

  test('a township announcement lists the lines of the persons registered there', async () => {
    await page.goto(`${hub.siteUrl}announcements.html`);
    await page.locator('#programme option[value="MZ-DB"]').waitFor({ state: 'attached' });
    await page.check('input[name="mode"][value="division"]');
    await page.locator('#township:not([disabled])').waitFor();
    const townships = await page.locator('#township option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    assert.ok(townships.length > 0);
    await page.selectOption('#township', townships[0]!);
    await page.click('#scope button[type="submit"]');
    await page.locator('#lines tbody tr').first().waitFor();
    assert.match(await page.locator('#results-title').innerText(), /·/);
    assert.match(page.url(), new RegExp(`division=${townships[0]}`));
    await snapshot('township');
  });

  test('a person typing their name and ID number by keyboard sees their own lines, with the failure reason', async () => {
    await page.goto(`${hub.siteUrl}lookup.html`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '跳到主要内容');
    await page.focus('#name');
    await page.keyboard.type(county.person.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(county.person.idNumber.toLowerCase());
    await page.keyboard.press('Enter');
    await page.locator('#results:not([hidden])').waitFor();
    assert.equal(await page.locator('#lines tr').count(), county.person.lines);
    const text = await page.locator('#lines').innerText();
    assert.match(text, /发放失败/);
    assert.ok(text.includes(county.person.failureReason), 'the bank’s failure reason is shown');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');
    await snapshot('lookup');
  });

  test('a wrong name gets the same answer as an unknown ID number, and the sixth lookup is refused in Chinese', async () => {
    await page.goto(`${hub.siteUrl}lookup.html`);
    const answers: string[] = [];
    const ask = async (name: string, idNumber: string) => {
      await page.fill('#name', name);
      await page.fill('#idNumber', idNumber);
      const response = page.waitForResponse((r) => r.url().endsWith('/api/MyPayments'));
      await page.click('#lookup button[type="submit"]');
      answers.push(await (await response).text());
      await page.locator('#state .state:not(.loading)').waitFor();
      return page.locator('#state').innerText();
    };
    const unknownId = validIdNumber('110105', '19491231', '002');
    assert.ok(isValidIdNumber(unknownId) && !county.ids.has(unknownId));
    const wrongName = await ask(`${county.person.name}某`, county.person.idNumber);
    const unknown = await ask(county.person.name, unknownId);
    assert.equal(answers[0], answers[1], 'identical responses for a name mismatch and an unknown ID number');
    assert.equal(wrongName, unknown);
    assert.match(unknown, /没有查询到发放记录/);
    // Five lookups per client in a row: this page made two, the earlier tests two more (search and keyboard).
    await ask(county.person.name, unknownId);
    const refused = await ask(county.person.name, unknownId);
    assert.match(refused, /查询过于频繁.*请在\d+分钟后再试/);
    assert.equal(await page.inputValue('#name'), county.person.name, 'the form keeps its values');
    await snapshot('lookup refused');
  });

  test('a complaint with mistakes is explained field by field and keeps every value, then is received, routed and looked up', async () => {
    await page.goto(`${hub.siteUrl}complaints.html`);
    await page.locator('#programmeCode option[value="MZ-DB"]').waitFor({ state: 'attached' });
    await page.selectOption('#programmeCode', 'MZ-DB');
    await page.selectOption('#category', 'FRAUD');
    await page.fill('#description', '太短了');
    await page.fill('#subjectIdNumber', '61072719800101123');
    await page.fill('#contactName', '举报人甲');
    await page.fill('#contactPhone', '1380013800');
    await page.click('#complaint button[type="submit"]');
    await page.locator('#description-error:not(:empty)').waitFor();
    assert.match(await page.locator('#description-error').innerText(), /至少10个字/);
    assert.match(await page.locator('#subjectIdNumber-error').innerText(), /18位/);
    assert.match(await page.locator('#contactPhone-error').innerText(), /手机号/);
    assert.equal(await page.getAttribute('#description', 'aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'description');
    assert.equal(await page.inputValue('#description'), '太短了');
    assert.equal(await page.inputValue('#contactName'), '举报人甲');
    assert.equal(await page.inputValue('#programmeCode'), 'MZ-DB');

    await page.fill('#description', '本村有人已经去世两年，家属仍在领取低保金，请核查处理。');
    await page.fill('#subjectIdNumber', '');
    await page.fill('#contactPhone', '13800138000');
    await page.click('#complaint button[type="submit"]');
    await page.locator('#tracking-number').waitFor();
    const trackingNumber = (await page.locator('#tracking-number').innerText()).trim();
    assert.match(trackingNumber, /^TS\d{8}-[2-9A-HJKMNP-Z]{8}$/);
    assert.match(await page.locator('#submit-state').innerText(), /民政局/);
    const stored = storedComplaint(hub.dataDir, trackingNumber);
    assert.equal(stored?.department, 'CIVIL_AFFAIRS');
    assert.equal(stored?.contact_phone, '13800138000');

    await page.click('#track button[type="submit"]');
    await page.locator('#track-state dl').waitFor();
    const status = await page.locator('#track-state').innerText();
    assert.match(status, /已受理/);
    assert.match(status, /民政局/);
    assert.match(status, /城乡最低生活保障金/);
    await page.fill('#trackingNumber', 'TS20240101-2222222Z');
    await page.click('#track button[type="submit"]');
    await page.locator('#track-state .state.notice').waitFor();
    await snapshot('complaints');
    const bodies = seen.map((s) => s.text).join('\n');
    assert.ok(!bodies.includes('13800138000'), 'the contact phone is in no page or response');
    assert.ok(!bodies.includes('举报人甲'), 'the contact name is in no page or response');
  });

  test('on a phone-sized screen no page scrolls sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      for (const file of ['index.html', 'policies.html', 'announcements.html?batch=PC610727202403MZDB01', 'lookup.html', 'complaints.html']) {
        await phone.goto(`${hub.siteUrl}${file}`, { waitUntil: 'networkidle' });
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 1, `${file} is ${overflow}px wider than the screen`);
      }
    } finally {
      await phone.close();
    }
  });

  test('no page and no response carries a full ID number or a full name, and no page threw', async () => {
    await Promise.all(pending);
    assert.ok(seen.length > 20, `${seen.length} bodies collected`);
    assert.deepEqual(pageErrors, []);
    const publicWords = county.vocabulary + readdirSync('disclosure-site/public', { recursive: true })
      .filter((f) => /\.(html|js|css)$/.test(String(f)))
      .map((f) => readFileSync(path.join('disclosure-site/public', String(f)), 'utf8'))
      .join('\n');
    const names = [...county.names].filter((name) => Array.from(name).length >= 2 && !publicWords.includes(name));
    const leaks: string[] = [];
    for (const { where, text } of seen) {
      const id = FULL_ID.exec(text);
      if (id) leaks.push(`${where}: an 18-character ID number ${maskIdNumber(id[0])}`);
      for (const full of county.ids) if (full.length === 18 && text.includes(full)) leaks.push(`${where}: ID number ${maskIdNumber(full)}`);
      for (const name of names) if (text.includes(name)) leaks.push(`${where}: the full name ${maskName(name)}`);
    }
    assert.deepEqual(leaks, []);
  });
});
