import { api, el, yuan, period, badge, showState, showFieldProblems, readParams, writeParams, fillSelect, announcementWindow, LINE_STATUS, BATCH_STATUS } from './common.js';

const form = document.getElementById('scope');
const state = document.getElementById('state');
const results = document.getElementById('results');
const tbody = document.querySelector('#lines tbody');
const prev = document.getElementById('prev');
const next = document.getElementById('next');
const PAGE = 20;

let calendar = null;
let divisions = [];
// Cursors of the pages shown so far: going back needs the cursor of the page before.
let cursors = [null];
let request = null;
// The batches of the chosen programme, by batch number: their 公示 windows are shown with them.
const batchInfo = new Map();

/** A line count, or nothing when it is withheld (fewer than 5 persons). */
function lineWords(count) {
  return count === null || count === undefined ? '' : `${count}笔，`;
}

function divisionLabel(d) {
  return d.lineCount === null || d.lineCount === undefined ? d.label : `${d.label}（${d.lineCount}笔）`;
}

function mode() {
  return form.elements.namedItem('mode').value;
}

function showMode() {
  for (const node of form.querySelectorAll('[data-mode]')) node.hidden = node.dataset.mode !== mode();
}

async function loadBatches(selected) {
  const code = form.programme.value;
  form.batch.disabled = true;
  if (!code) {
    fillSelect(form.batch, [], '请先选择补贴项目');
    return;
  }
  fillSelect(form.batch, [], '正在加载批次…');
  try {
    const data = await api('ProgrammeBatches', { programmeCode: code });
    for (const b of data.batches) batchInfo.set(b.batchNumber, b);
    const options = data.batches
      .slice()
      .sort((a, b) => (b.period || '').localeCompare(a.period || '') || a.batchNumber.localeCompare(b.batchNumber))
      .map((b) => [b.batchNumber, `${period(b.period)} · ${b.countyCode || ''} · ${b.batchNumber}（${lineWords(b.totals && b.totals.lineCount)}${BATCH_STATUS[b.status] || b.status}）`]);
    fillSelect(form.batch, options, options.length ? '请选择发放批次' : '该项目暂无发放批次');
    form.batch.disabled = options.length === 0;
    if (selected) form.batch.value = selected;
  } catch (error) {
    fillSelect(form.batch, [], '批次加载失败');
    showState(state, 'error', error.message, () => loadBatches(selected));
  }
}

async function loadDivisions(selected) {
  const county = form.county.value;
  const p = form.period.value;
  form.township.disabled = true;
  form.village.disabled = true;
  if (!county || !p) return;
  fillSelect(form.township, [], '正在加载乡镇…');
  try {
    const data = await api('AnnouncementDivisions', { countyCode: county, period: p });
    divisions = data.announcementDivisions;
    const townships = divisions.filter((d) => d.level === 'TOWNSHIP').map((d) => [d.code, divisionLabel(d)]);
    fillSelect(form.township, townships, townships.length ? '请选择乡镇（街道）' : '该期间暂无发放');
    form.township.disabled = townships.length === 0;
    if (selected) form.township.value = selected.slice(0, 9);
    fillVillages(selected);
  } catch (error) {
    fillSelect(form.township, [], '乡镇加载失败');
    showState(state, 'error', error.message, () => loadDivisions(selected));
  }
}

function fillVillages(selected) {
  const township = form.township.value;
  const villages = divisions.filter((d) => d.level === 'VILLAGE' && d.townshipCode === township).map((d) => [d.code, divisionLabel(d)]);
  fillSelect(form.village, villages, '全部村（社区）');
  form.village.disabled = !township;
  if (selected && selected.length === 12) form.village.value = selected;
}

function scopeFromForm() {
  const search = form.search.value.trim() || null;
  if (mode() === 'batch') return { batchNumber: form.batch.value || null, search };
  return { division: form.village.value || form.township.value || null, period: form.period.value || null, search };
}

function render(announcement, offset) {
  document.getElementById('results-title').textContent = announcement.title;
  const batch = request && request.batchNumber ? batchInfo.get(request.batchNumber) : null;
  const windowLine = document.getElementById('announcement-window');
  windowLine.hidden = !batch;
  if (batch) {
    windowLine.replaceChildren('公示期：', el('span', { class: `badge ${batch.announcementOpen ? 'open' : 'closed'}` }, announcementWindow(batch.announcementStart, batch.announcementEnd, batch.announcementOpen)));
  }
  const totals = document.getElementById('totals');
  totals.replaceChildren(
    announcement.totals
      ? el('div', { class: 'figures' },
          el('div', { class: 'figure' }, el('b', {}, announcement.totals.personCount), el('span', {}, '人')),
          el('div', { class: 'figure' }, el('b', {}, announcement.totals.lineCount), el('span', {}, '笔')),
          el('div', { class: 'figure' }, el('b', {}, yuan(announcement.totals.totalAmount)), el('span', {}, '合计金额')))
      : el('p', { class: 'hint' }, announcement.totalCount ? '涉及人数不足5人，按规定不公示合计数。' : ''),
  );
  tbody.replaceChildren(
    ...announcement.lines.map((line, i) =>
      el('tr', {},
        el('td', { 'data-label': '序号' }, offset + i + 1),
        el('td', { 'data-label': '姓名' }, line.name || '—'),
        el('td', { 'data-label': '身份证号码' }, line.idNumber || '—'),
        el('td', { 'data-label': '村（社区）' }, line.village || '—'),
        el('td', { 'data-label': '补贴项目' }, line.programmeName || '—'),
        el('td', { 'data-label': '期间' }, period(line.period)),
        el('td', { 'data-label': '金额', class: 'num' }, yuan(line.amount)),
        el('td', { 'data-label': '状态' }, badge(line.status, LINE_STATUS)),
      ),
    ),
  );
  const page = cursors.length;
  const pages = Math.max(1, Math.ceil(announcement.totalCount / PAGE));
  document.getElementById('page-info').textContent = `第 ${page} / ${pages} 页，共 ${announcement.totalCount} 条`;
  prev.disabled = page <= 1;
  next.disabled = !announcement.pageInfo.hasNextPage;
  next.dataset.cursor = announcement.pageInfo.endCursor || '';
  results.hidden = announcement.lines.length === 0;
}

async function show() {
  const after = cursors[cursors.length - 1];
  showState(state, 'loading', '正在加载公示名单…');
  for (const button of [prev, next]) button.disabled = true;
  try {
    const data = await api('Announcement', { ...request, after });
    const announcement = data.announcement;
    if (announcement.totalCount === 0) {
      results.hidden = true;
      showState(state, 'empty', request.search ? `没有找到姓名或村名包含“${request.search}”的发放记录。` : '该范围内暂无公开的发放记录。');
      return;
    }
    showState(state, null);
    render(announcement, (cursors.length - 1) * PAGE);
  } catch (error) {
    if (error.code === 'BAD_USER_INPUT' && error.problems.length) showFieldProblems(form, error.problems);
    showState(state, 'error', error.message, show);
  }
}

function start(scope) {
  showFieldProblems(form, []);
  request = scope;
  cursors = [null];
  writeParams({ mode: mode(), batch: scope.batchNumber, division: scope.division, period: scope.period, county: form.county.value, programme: form.programme.value, q: scope.search });
  if (!scope.batchNumber && !scope.division) {
    const field = mode() === 'batch' ? 'batchNumber' : 'division';
    showFieldProblems(form, [{ field, message: mode() === 'batch' ? '请选择发放批次' : '请选择乡镇（街道）' }]);
    (mode() === 'batch' ? form.batch : form.township).focus();
    return;
  }
  show();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  start(scopeFromForm());
});
for (const radio of form.querySelectorAll('input[name="mode"]')) {
  radio.addEventListener('change', () => {
    showMode();
    // The township list costs the departments a query: read it only when someone wants it.
    if (mode() === 'division' && divisions.length === 0) loadDivisions();
  });
}
form.programme.addEventListener('change', () => loadBatches());
form.county.addEventListener('change', () => loadDivisions());
form.period.addEventListener('change', () => loadDivisions());
form.township.addEventListener('change', () => fillVillages());
prev.addEventListener('click', () => {
  if (cursors.length > 1) cursors.pop();
  show();
});
next.addEventListener('click', () => {
  cursors.push(next.dataset.cursor);
  show();
  document.getElementById('results-title').focus?.();
});

async function init() {
  const params = readParams();
  showState(state, 'loading', '正在加载补贴项目…');
  try {
    calendar = await api('DisbursementCalendar');
  } catch (error) {
    showState(state, 'error', error.message, init);
    return;
  }
  showState(state, null);
  fillSelect(form.programme, calendar.programmes.map((p) => [p.code, p.name || p.code]), '请选择补贴项目');
  fillSelect(form.county, calendar.counties.map((c) => [c, c]));
  fillSelect(form.period, calendar.periods.map((p) => [p, period(p)]));
  if (params.county) form.county.value = params.county;
  if (params.period) form.period.value = params.period;
  form.search.value = params.q || '';
  if (params.programme) {
    form.programme.value = params.programme;
    await loadBatches(params.batch);
  }
  if (params.mode === 'division' || params.division) {
    form.elements.namedItem('mode').value = 'division';
    showMode();
    await loadDivisions(params.division);
    if (params.division) start({ division: params.division, period: params.period || form.period.value, search: params.q || null });
    return;
  }
  showMode();
  if (params.batch && form.batch.value !== params.batch) {
    // Reached by a link naming only the batch: the form shows it, so a search stays within it.
    fillSelect(form.batch, [[params.batch, params.batch]]);
    form.batch.disabled = false;
    form.batch.value = params.batch;
  }
  if (params.batch) start({ batchNumber: params.batch, search: params.q || null });
}

init();
