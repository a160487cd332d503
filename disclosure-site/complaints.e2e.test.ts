/**
 * Complaints answered, over the whole hub on a generated county: the public submits one on the
 * site's safelisted operation; the department it is routed to lists, replies, transfers and closes
 * it through the gateway (and with `npx hub complaints`); every step by anyone else (the public, an
 * analyst, another department's staff) is refused with a named reason and writes nothing; overdue
 * complaints come first; the site shows the status and the reply by tracking number in a browser,
 * and nothing the complainant wrote. Also the announcement (公示) windows of published batches and
 * the policy list's publication facts.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import Database from 'better-sqlite3';
import assert from '../test-support/assert.js';
import { describeOrSkip } from '../test-support/skip.js';
import { startHub, gatewayRequest, type TestHub } from '../test-support/hub.js';
import { runHubCli } from '../test-support/hub-cli.js';
import { launchChromium, skipUnlessChromium } from '../test-support/browser.js';
import { validIdNumber } from '../test-support/id-numbers.js';
import { loadPersistedDocuments } from '../lib/persisted-documents.js';
import { ErrorCode } from '../lib/errors.js';
import { localDateTime } from '../lib/local-time.js';

// The person concerned is registered far from the county (a Beijing ID number).
const SUBJECT = validIdNumber('110101', '19500101', '021');
const CONTACT_PHONE = '13912345678';
const CONTACT_NAME = '举报人乙';
const DESCRIPTION = '邻村有人长期外出务工，仍在领取低保金，请核查。';

const FIELDS = 'trackingNumber department status reply overdue deadline subjectIdNumber contactPhone steps { step byUser byDepartment at reply toDepartment note }';
const REPLY = `mutation($tn: String!, $reply: String!) { replyToComplaint(trackingNumber: $tn, reply: $reply) { ${FIELDS} } }`;
const TRANSFER = `mutation($tn: String!, $to: String!, $note: String!) { transferComplaint(trackingNumber: $tn, department: $to, note: $note) { ${FIELDS} } }`;
const CLOSE = `mutation($tn: String!, $reply: String) { closeComplaint(trackingNumber: $tn, reply: $reply) { ${FIELDS} } }`;
const LIST = `query($overdueOnly: Boolean) { departmentComplaints(overdueOnly: $overdueOnly) { trackingNumber overdue status } }`;

type Body = Awaited<ReturnType<typeof gatewayRequest>>;

describe('complaints answered by the responsible department', () => {
  let hub: TestHub;
  let tokens: Record<'civil' | 'hr' | 'analyst', string>;
  let trackingNumber: string;
  const documents = loadPersistedDocuments();
  const byName = new Map([...documents].map(([hash, text]) => [(parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as { name?: { value: string } }).name!.value, hash]));

  async function asPublic(operationName: string, variables: Record<string, unknown> = {}): Promise<Body> {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: byName.get(operationName) } } }),
    });
    return (await response.json()) as Body;
  }

  const as = (who: keyof typeof tokens | 'public', query: string, variables: Record<string, unknown>) =>
    gatewayRequest(hub.gatewayUrl, query, variables, { authorization: who === 'public' ? '' : `Bearer ${tokens[who]}` });

  /** What the store holds of a complaint: its row and its steps. */
  function stored(tn: string) {
    const db = new Database(path.join(hub.dataDir, 'hub_store.sqlite'), { readonly: true });
    try {
      return {
        row: db.prepare('SELECT department, status, reply, updated_at FROM disclosure_complaint WHERE tracking_number = ?').get(tn),
        steps: db.prepare('SELECT step, by_user, by_department FROM disclosure_complaint_step WHERE tracking_number = ? ORDER BY id').all(tn),
      };
    } finally {
      db.close();
    }
  }

  /** Refused with `code` (and `reason`), and the store holds exactly what it held before. */
  async function refused(result: Promise<Body>, tn: string, code: string, reason?: string) {
    const before = stored(tn);
    const body = await result;
    assert.equal(body.errors?.[0]?.extensions?.code, code, JSON.stringify(body.errors));
    if (reason) assert.equal(body.errors?.[0]?.extensions?.reason, reason, JSON.stringify(body.errors));
    assert.deepEqual(stored(tn), before, 'nothing was written');
  }

  async function submit(programmeCode: string): Promise<string> {
    const body = await asPublic('SubmitComplaint', {
      input: { programmeCode, category: 'FRAUD', description: DESCRIPTION, subjectIdNumber: SUBJECT, contactName: CONTACT_NAME, contactPhone: CONTACT_PHONE },
    });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.submitComplaint.trackingNumber;
  }

  beforeAll(async () => {
    hub = await startHub({ persons: 1000, seed: 11 });
    tokens = {
      civil: await hub.token({ sub: 'mz01', role: 'department', department: 'CIVIL_AFFAIRS' }),
      hr: await hub.token({ sub: 'rs07', role: 'department', department: 'HR' }),
      analyst: await hub.token({ sub: 'cz01', role: 'analyst', regions: ['610727'] }),
    };
    trackingNumber = await submit('MZ-DB');
  });

  afterAll(async () => {
    await hub?.close();
  });

  test('the department it is routed to sees everything the complainant wrote; analysts and the public are refused the list', async () => {
    const mine = await as('civil', `query($tn: String!) { departmentComplaint(trackingNumber: $tn) { ${FIELDS} contactName description } }`, { tn: trackingNumber });
    assert.equal(mine.errors, undefined, JSON.stringify(mine.errors));
    assert.deepEqual(
      [mine.data.departmentComplaint.subjectIdNumber, mine.data.departmentComplaint.contactPhone, mine.data.departmentComplaint.contactName, mine.data.departmentComplaint.description],
      [SUBJECT, CONTACT_PHONE, CONTACT_NAME, DESCRIPTION],
    );
    assert.equal(mine.data.departmentComplaint.status, 'RECEIVED');
    const analyst = await as('analyst', LIST, {});
    assert.equal(analyst.errors?.[0]?.extensions?.code, ErrorCode.FORBIDDEN);
    assert.equal(analyst.errors?.[0]?.extensions?.reason, 'NOT_DEPARTMENT_STAFF');
    const other = await as('hr', `query($tn: String!) { departmentComplaint(trackingNumber: $tn) { description } }`, { tn: trackingNumber });
    assert.equal(other.errors?.[0]?.extensions?.reason, 'ANOTHER_DEPARTMENT');
    assert.equal(other.data?.departmentComplaint ?? null, null);
    const outsider = await as('public', LIST, {});
    assert.equal(outsider.errors?.[0]?.extensions?.code, ErrorCode.PERSISTED_QUERY_REQUIRED);
  });

  test('a reply by anyone but the responsible department is refused with a named reason and writes nothing; theirs is kept', async () => {
    const vars = { tn: trackingNumber, reply: '已受理，正在入户核查。' };
    await refused(as('public', REPLY, vars), trackingNumber, ErrorCode.PERSISTED_QUERY_REQUIRED);
    await refused(as('analyst', REPLY, vars), trackingNumber, ErrorCode.FORBIDDEN, 'NOT_DEPARTMENT_STAFF');
    await refused(as('hr', REPLY, vars), trackingNumber, ErrorCode.FORBIDDEN, 'ANOTHER_DEPARTMENT');
    await refused(as('civil', REPLY, { ...vars, reply: ' ' }), trackingNumber, ErrorCode.BAD_USER_INPUT);
    const done = await as('civil', REPLY, vars);
    assert.equal(done.errors, undefined, JSON.stringify(done.errors));
    assert.deepEqual([done.data.replyToComplaint.status, done.data.replyToComplaint.reply], ['IN_PROGRESS', '已受理，正在入户核查。']);
    assert.deepEqual(stored(trackingNumber).steps, [{ step: 'REPLY', by_user: 'mz01', by_department: 'CIVIL_AFFAIRS' }]);
  });

  test('a transfer by anyone else is refused and writes nothing; after it the new department handles the complaint and the old one may not', async () => {
    const vars = { tn: trackingNumber, to: 'HR', note: '当事人在公益性岗位就业，转人社核查' };
    await refused(as('public', TRANSFER, vars), trackingNumber, ErrorCode.PERSISTED_QUERY_REQUIRED);
    await refused(as('analyst', TRANSFER, vars), trackingNumber, ErrorCode.FORBIDDEN, 'NOT_DEPARTMENT_STAFF');
    await refused(as('hr', TRANSFER, vars), trackingNumber, ErrorCode.FORBIDDEN, 'ANOTHER_DEPARTMENT');
    await refused(as('civil', TRANSFER, { ...vars, to: 'CIVIL_AFFAIRS' }), trackingNumber, ErrorCode.BAD_USER_INPUT, 'SAME_DEPARTMENT');
    const moved = await as('civil', TRANSFER, vars);
    assert.equal(moved.errors, undefined, JSON.stringify(moved.errors));
    assert.deepEqual([moved.data.transferComplaint.department, moved.data.transferComplaint.status], ['HR', 'RECEIVED']);
    const step = moved.data.transferComplaint.steps.at(-1);
    assert.deepEqual([step.step, step.byUser, step.byDepartment, step.toDepartment, step.note], ['TRANSFER', 'mz01', 'CIVIL_AFFAIRS', 'HR', vars.note]);
    await refused(as('civil', REPLY, { tn: trackingNumber, reply: '再补充一句' }), trackingNumber, ErrorCode.FORBIDDEN, 'ANOTHER_DEPARTMENT');
    const hrList = await as('hr', LIST, {});
    assert.ok(hrList.data.departmentComplaints.some((c: { trackingNumber: string }) => c.trackingNumber === trackingNumber));
    const civilList = await as('civil', LIST, {});
    assert.ok(!civilList.data.departmentComplaints.some((c: { trackingNumber: string }) => c.trackingNumber === trackingNumber));
  });

  test('closing is refused to anyone else and writes nothing; once closed no step is taken', async () => {
    const vars = { tn: trackingNumber, reply: '经核查，当事人已于2024年2月就业，已停发低保并追回多发资金。' };
    await refused(as('public', CLOSE, vars), trackingNumber, ErrorCode.PERSISTED_QUERY_REQUIRED);
    await refused(as('analyst', CLOSE, vars), trackingNumber, ErrorCode.FORBIDDEN, 'NOT_DEPARTMENT_STAFF');
    await refused(as('civil', CLOSE, vars), trackingNumber, ErrorCode.FORBIDDEN, 'ANOTHER_DEPARTMENT');
    const closed = await as('hr', CLOSE, vars);
    assert.equal(closed.errors, undefined, JSON.stringify(closed.errors));
    assert.deepEqual([closed.data.closeComplaint.status, closed.data.closeComplaint.reply, closed.data.closeComplaint.overdue], ['CLOSED', vars.reply, false]);
    assert.deepEqual(
      stored(trackingNumber).steps.map((s: any) => [s.step, s.by_user]),
      [
        ['REPLY', 'mz01'],
        ['TRANSFER', 'mz01'],
        ['CLOSE', 'rs07'],
      ],
    );
    await refused(as('hr', REPLY, { tn: trackingNumber, reply: '再答复' }), trackingNumber, ErrorCode.BAD_USER_INPUT, 'COMPLAINT_CLOSED');
    await refused(as('hr', TRANSFER, { tn: trackingNumber, to: 'FINANCE', note: '再转' }), trackingNumber, ErrorCode.BAD_USER_INPUT, 'COMPLAINT_CLOSED');
  });

  test('the public sees the status, the department and the reply by tracking number, and nothing the complainant wrote', async () => {
    const body = await asPublic('ComplaintStatus', { trackingNumber });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const c = body.data.complaint;
    assert.deepEqual([c.status, c.department, c.overdue], ['CLOSED', 'HR', false]);
    assert.match(c.reply, /已停发低保/);
    const text = JSON.stringify(body);
    for (const secret of [SUBJECT, CONTACT_PHONE, CONTACT_NAME, DESCRIPTION, 'mz01', 'rs07', '公益性岗位']) assert.ok(!text.includes(secret), `the public answer does not carry ${secret.slice(0, 4)}…`);
  });

  test('a complaint past its deadline is listed first and marked overdue, to its department and on the site', async () => {
    const fresh = await submit('MZ-DB');
    const old = await submit('MZ-DB');
    // Received 20 days ago: past the default 15 days.
    const db = new Database(path.join(hub.dataDir, 'hub_store.sqlite'));
    try {
      db.prepare('UPDATE disclosure_complaint SET submitted_at = ?, updated_at = ? WHERE tracking_number = ?').run(
        new Date(Date.now() - 20 * 86_400_000).toISOString(),
        new Date(Date.now() - 20 * 86_400_000).toISOString(),
        old,
      );
    } finally {
      db.close();
    }
    const listed = (await as('civil', LIST, {})).data.departmentComplaints as { trackingNumber: string; overdue: boolean }[];
    assert.deepEqual(listed[0], { trackingNumber: old, overdue: true, status: 'RECEIVED' });
    assert.ok(listed.findIndex((c) => c.trackingNumber === fresh) > 0);
    assert.equal(listed.find((c) => c.trackingNumber === fresh)!.overdue, false);
    const overdueOnly = (await as('civil', LIST, { overdueOnly: true })).data.departmentComplaints as { trackingNumber: string }[];
    assert.deepEqual(overdueOnly.map((c) => c.trackingNumber), [old]);
    assert.equal((await asPublic('ComplaintStatus', { trackingNumber: old })).data.complaint.overdue, true);
  });

  test('npx hub complaints lists, replies and closes for department staff, exports csv and xlsx, and names the refusal of anyone else', async () => {
    const tn = await submit('MZ-DB');
    const zone = 'America/New_York';
    const env = { HUB_GATEWAY_URL: hub.gatewayUrl, HUB_TOKEN: tokens.civil, HUB_DATA_DIR: hub.dataDir, HUB_TIMEZONE: zone };
    const list = await runHubCli(['complaints', 'list'], env);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /受理编号 Tracking no\./);
    const rows = list.stdout.split('\n').slice(1);
    assert.match(rows.find((row) => row.includes(tn)) ?? '', /已受理\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/, 'status by its label, deadline and receipt in local time');
    assert.ok(rows.some((row) => /\s超期\s/.test(row)), 'the overdue complaint is marked 超期');
    assert.ok(!/T\d\d:\d\d:\d\d/.test(list.stdout), 'no ISO instant on the terminal');
    assert.match(list.stdout, /\d+ complaints, \d+ overdue\./);
    assert.ok(!list.stdout.includes(SUBJECT), 'the terminal table masks the ID number');
    const jsonl = await runHubCli(['complaints', '--format', 'jsonl'], env);
    assert.equal(jsonl.code, 0, jsonl.stderr);
    const records = jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line));
    const mine = records.find((r) => r.trackingNumber === tn);
    assert.deepEqual([mine.status, mine.overdue, mine.category], ['RECEIVED', null, 'FRAUD'], 'jsonl keeps the codes');
    assert.match(mine.submittedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'jsonl keeps the ISO instant');
    assert.ok(records.some((r) => r.overdue === 'OVERDUE'));
    const csvOut = await runHubCli(['complaints', '--format', 'csv'], env);
    assert.equal(csvOut.code, 0, csvOut.stderr);
    const csvRow = csvOut.stdout.split('\r\n').find((row) => row.includes(tn)) ?? '';
    assert.ok(csvRow.includes(`,已受理,,${localDateTime(mine.deadline, zone)},${localDateTime(mine.submittedAt, zone)},`), csvRow);
    assert.ok(csvRow.includes(',冒领骗取补贴,'), csvRow);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-complaints-'));
    try {
      const csv = await runHubCli(['complaints', '--format', 'csv', '--out', path.join(dir, 'c.csv')], env);
      assert.equal(csv.code, 0, csv.stderr);
      const xlsx = await runHubCli(['complaints', '--format', 'xlsx', '--out', path.join(dir, 'c.xlsx')], env);
      assert.equal(xlsx.code, 0, xlsx.stderr);
      assert.ok(statSync(path.join(dir, 'c.xlsx')).size > 1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const reply = await runHubCli(['complaints', 'reply', tn, '--text', '经核查，该户已于3月停发。'], env);
    assert.equal(reply.code, 0, reply.stderr);
    assert.match(reply.stdout, /IN_PROGRESS 办理中/);
    assert.match(reply.stdout, /^  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d  REPLY 答复/m, 'the step at its local time');
    assert.ok(!/T\d\d:\d\d:\d\d/.test(reply.stdout), 'no ISO instant for people');
    assert.match(reply.stdout, /REPLY 答复 by mz01 \(CIVIL_AFFAIRS\) 经核查，该户已于3月停发。/);
    const wrong = await runHubCli(['complaints', 'close', tn], { ...env, HUB_TOKEN: tokens.hr });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /refused \(ANOTHER_DEPARTMENT\): This complaint is routed to CIVIL_AFFAIRS, not to your department \(HR\)/);
    const close = await runHubCli(['complaints', 'close', tn], env);
    assert.equal(close.code, 0, close.stderr);
    assert.match(close.stdout, /CLOSED 已办结/);
    const again = await runHubCli(['complaints', 'reply', tn, '--text', '再答复一次'], env);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already closed/);
  });

  test('every published batch that went to the bank has an announcement window of the configured length, closed long after', async () => {
    const body = await asPublic('ProgrammeBatches', { programmeCode: 'MZ-DB' });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const db = new Database(path.join(hub.dataDir, 'czj_ykt.sqlite'), { readonly: true });
    const sent = new Map((db.prepare(`SELECT PCH, TJSJ FROM FF_PC WHERE XMDM = 'MZ-DB'`).all() as { PCH: string; TJSJ: string | null }[]).map((r) => [r.PCH, r.TJSJ]));
    db.close();
    assert.ok(body.data.batches.length > 0);
    for (const batch of body.data.batches) {
      const tjsj = sent.get(batch.batchNumber);
      if (!tjsj) {
        assert.deepEqual([batch.announcementStart, batch.announcementEnd, batch.announcementOpen], [null, null, false]);
        continue;
      }
      // TJSJ is Beijing time: the window opens on its calendar day.
      assert.equal(batch.announcementStart, tjsj.slice(0, 10));
      assert.equal((Date.parse(batch.announcementEnd) - Date.parse(batch.announcementStart)) / 86_400_000, 6);
      assert.equal(batch.announcementOpen, false);
    }
    const policies = await asPublic('PolicyPublications', {});
    assert.equal(policies.errors, undefined, JSON.stringify(policies.errors));
    const dibao = policies.data.publications.find((p: { programmeCode: string }) => p.programmeCode === 'MZ-DB');
    assert.equal(dibao.qualifies, '城乡最低生活保障家庭成员');
    const starts = body.data.batches.map((b: { announcementStart: string | null }) => b.announcementStart).filter(Boolean).sort();
    assert.equal(dibao.publishedOn, starts[0]);
    assert.equal(dibao.latestAnnouncementStart, starts.at(-1));
  });

  test('a cross-check run keeps checks of duties and timing on its batches, readable through the gateway and printed by the CLI', async () => {
    const env = { HUB_GATEWAY_URL: hub.gatewayUrl, HUB_TOKEN: tokens.analyst, HUB_DATA_DIR: hub.dataDir };
    const run = await runHubCli(['crosscheck', '--batch', 'PC610727202403MZDB01', '--poll-ms', '200'], env);
    assert.ok(run.code === 0 || run.code === 3, run.stderr);
    assert.match(run.stdout, /批次核查 Batch checks \(duties and timing\):/);
    // FF_PC records no approval time: whether the batch was approved before it was sent cannot be checked, and says so.
    assert.match(run.stdout, /PC610727202403MZDB01\s+未审核先送银行\s+无法核查\s+无法核查：缺少审核时间（approvedAt）/);
    const runId = /crosscheck run (\d+) started/.exec(run.stderr)?.[1];
    assert.ok(runId, run.stderr);
    const body = await as('analyst', `query($id: ID!) { crosscheckRun(id: $id) { batchFindings(includePassed: true) { batchNumber check outcome missingField evidence } } }`, { id: runId });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const findings = body.data.crosscheckRun.batchFindings as { check: string; outcome: string; missingField: string | null }[];
    assert.deepEqual(findings.map((f) => f.check), ['SAME_USER_ENTERED_AND_APPROVED', 'SENT_BEFORE_APPROVAL', 'SENT_AFTER_DEADLINE']);
    assert.deepEqual([findings[1]!.outcome, findings[1]!.missingField], ['CANNOT_BE_CHECKED', 'approvedAt']);
    const db = new Database(path.join(hub.dataDir, 'czj_ykt.sqlite'), { readonly: true });
    const batch = db.prepare(`SELECT LRR, SHR, TJSJ FROM FF_PC WHERE PCH = 'PC610727202403MZDB01'`).get() as { LRR: string; SHR: string | null; TJSJ: string };
    db.close();
    assert.equal(findings[0]!.outcome, batch.SHR && batch.SHR.trim().toLowerCase() === batch.LRR.trim().toLowerCase() ? 'FLAGGED' : 'PASSED');
    assert.equal(findings[2]!.outcome, batch.TJSJ.slice(0, 10) > '2024-03-25' ? 'FLAGGED' : 'PASSED');
  });

  describeOrSkip('on the site, in a browser', { skip: skipUnlessChromium() }, () => {
    test("the complaint status page shows the department's reply and status, and nothing the complainant wrote", async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ locale: 'zh-CN' });
        const bodies: string[] = [];
        page.on('response', (response) => void response.text().then((t) => bodies.push(t), () => {}));
        await page.goto(`${hub.siteUrl}complaints.html`);
        await page.fill('#trackingNumber', trackingNumber.toLowerCase());
        await page.click('#track button[type="submit"]');
        await page.locator('#complaint-reply').waitFor();
        assert.equal(await page.locator('#complaint-status').innerText(), '已办结');
        assert.match(await page.locator('#complaint-reply').innerText(), /已停发低保并追回多发资金/);
        const shown = await page.locator('#track-state').innerText();
        assert.match(shown, /人力资源和社会保障局/);
        assert.match(shown, /办理时限/);
        await page.goto(`${hub.siteUrl}policies.html`);
        await page.locator('td[data-label="享受对象"]').first().waitFor();
        assert.match(await page.locator('table').innerText(), /城乡最低生活保障家庭成员/);
        assert.match(await page.locator('table').innerText(), /公示期已结束/);
        await page.goto(`${hub.siteUrl}announcements.html?programme=MZ-DB&batch=PC610727202403MZDB01`);
        await page.locator('#announcement-window:not([hidden])').waitFor();
        assert.match(await page.locator('#announcement-window').innerText(), /^公示期：2024-03-\d\d 至 2024-0[34]-\d\d（公示期已结束）$/);
        const everything = [...bodies, await page.content()].join('\n');
        for (const secret of [SUBJECT, CONTACT_PHONE, CONTACT_NAME, DESCRIPTION, 'mz01', 'rs07']) assert.ok(!everything.includes(secret), `the site never shows ${secret.slice(0, 4)}…`);
      } finally {
        await browser.close();
      }
    });
  });
});
