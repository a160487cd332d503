import { api, el, yuan, showState, readParams, writeParams, fillSelect, announcementWindow, DEPARTMENTS, FUNDING, CYCLES } from './common.js';

const form = document.getElementById('filters');
const state = document.getElementById('state');
const results = document.getElementById('results');
let years = null;
// Who qualifies and when each programme was published: one list, read once.
let publications = null;

async function loadPublications() {
  if (publications !== null) return publications;
  try {
    publications = (await api('PolicyPublications', {})).publications;
  } catch {
    // The programme list stands without them; the two columns say so.
    return null;
  }
  return publications;
}

fillSelect(form.department, Object.entries(DEPARTMENTS).filter(([code]) => code !== 'UNRECOGNISED'), '全部部门');

function render(programmes, publications) {
  const published = new Map((publications || []).map((p) => [p.programmeCode, p]));
  results.replaceChildren();
  if (programmes.length === 0) {
    showState(state, 'empty', '没有符合条件的补贴政策，请更换筛选条件。');
    return;
  }
  showState(state, null);
  const rows = programmes.map((p) => {
    const pub = published.get(p.code);
    return el('tr', {},
      el('td', { 'data-label': '项目名称' }, p.name || p.code),
      el('td', { 'data-label': '享受对象' }, pub ? pub.qualifies : '—'),
      el('td', { 'data-label': '主管部门' }, DEPARTMENTS[p.department] || p.department),
      el('td', { 'data-label': '资金级次' }, FUNDING[p.fundingLevel] || p.fundingLevel),
      el('td', { 'data-label': '发放周期' }, CYCLES[p.paymentCycle] || p.paymentCycle),
      el('td', { 'data-label': '补助标准', class: 'num' }, p.standardAmount === null ? '按实际核定' : yuan(p.standardAmount)),
      el('td', { 'data-label': '政策依据' }, p.policyBasis || '—'),
      el('td', { 'data-label': '年度' }, p.year || '—'),
      el('td', { 'data-label': '公布日期' }, pub ? pub.publishedOn || '尚未公示' : '—'),
      el('td', { 'data-label': '最近公示' }, pub && pub.latestBatchNumber ? announcementWindow(pub.latestAnnouncementStart, pub.latestAnnouncementEnd, pub.announcementOpen) : '—'),
      el('td', { 'data-label': '发放公示' }, el('a', { href: `announcements.html?programme=${encodeURIComponent(p.code)}` }, '查看')),
    );
  });
  results.append(
    el('p', { role: 'status' }, `共 ${programmes.length} 项补贴政策`),
    el('div', { class: 'table-wrap' },
      el('table', { class: 'stack' },
        el('caption', { class: 'sr-only' }, '补贴政策清单'),
        el('thead', {}, el('tr', {}, ['项目名称', '享受对象', '主管部门', '资金级次', '发放周期', '补助标准', '政策依据', '年度', '公布日期', '最近公示', '发放公示'].map((h) => el('th', { scope: 'col', class: h === '补助标准' ? 'num' : null }, h)))),
        el('tbody', {}, rows),
      ),
    ),
  );
}

async function load() {
  const department = form.department.value;
  const year = form.year.value;
  writeParams({ department, year });
  results.replaceChildren();
  showState(state, 'loading', '正在加载补贴政策…');
  try {
    if (years === null) {
      // The year filter offers the years that exist: read once, unfiltered.
      const all = await api('PolicyList', {});
      years = [...new Set(all.programmes.map((p) => p.year).filter(Boolean))].sort().reverse();
      fillSelect(form.year, years.map((y) => [y, `${y}年`]), '全部年度');
      form.year.value = year;
      if (!department && !year) return render(all.programmes, await loadPublications());
    }
    const data = await api('PolicyList', { department: department || null, year: year || null });
    render(data.programmes, await loadPublications());
  } catch (error) {
    showState(state, 'error', error.message, load);
  }
}

const params = readParams();
form.department.value = params.department || '';
if (params.year) form.year.append(el('option', { value: params.year }, `${params.year}年`));
form.year.value = params.year || '';
form.addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});
for (const select of [form.department, form.year]) select.addEventListener('change', load);
load();
