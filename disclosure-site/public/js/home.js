import { api, el, yuan, showState, DEPARTMENTS } from './common.js';

const region = document.getElementById('today');

function daySummary(summary, heading) {
  const rows = summary.programmes.map((p) =>
    el('tr', {},
      el('td', { 'data-label': '补贴项目' }, el('a', { href: p.batchNumbers.length === 1 ? `announcements.html?batch=${encodeURIComponent(p.batchNumbers[0])}` : `announcements.html?programme=${encodeURIComponent(p.code)}` }, p.name || p.code)),
      el('td', { 'data-label': '主管部门' }, DEPARTMENTS[p.department] || p.department),
      el('td', { 'data-label': '批次', class: 'num' }, p.batchCount),
      el('td', { 'data-label': '笔数', class: 'num' }, p.totalAmount === null ? '—' : p.lineCount),
      el('td', { 'data-label': '金额', class: 'num' }, p.totalAmount === null ? '不足5人，不公示' : yuan(p.totalAmount)),
    ),
  );
  // Batches of fewer than 5 persons are counted as batches, but their lines and amounts are in no sum.
  const note = summary.withheldBatches
    ? el('p', { class: 'hint' }, `其中${summary.withheldBatches}个批次涉及人数不足5人，按规定不公示笔数和金额，未计入合计。`)
    : null;
  return [
    el('p', {}, heading),
    el('div', { class: 'figures' },
      el('div', { class: 'figure' }, el('b', {}, summary.batchCount), el('span', {}, '个发放批次')),
      el('div', { class: 'figure' }, el('b', {}, summary.lineCount), el('span', {}, '笔发放')),
      el('div', { class: 'figure' }, el('b', {}, summary.totalAmount === null ? '—' : yuan(summary.totalAmount)), el('span', {}, '发放金额')),
    ),
    el('div', { class: 'table-wrap' },
      el('table', { class: 'stack' },
        el('caption', { class: 'sr-only' }, '按补贴项目汇总'),
        el('thead', {}, el('tr', {}, ['补贴项目', '主管部门', '批次', '笔数', '金额'].map((h, i) => el('th', { scope: 'col', class: i >= 2 ? 'num' : null }, h)))),
        el('tbody', {}, rows),
      ),
    ),
    ...(note ? [note] : []),
  ];
}

async function load() {
  showState(region, 'loading', '正在加载今日发放情况…');
  try {
    const view = await api('DisbursementCalendar');
    region.replaceChildren();
    if (view.todaySummary) {
      region.append(...daySummary(view.todaySummary, `今天（${view.today}）送银行发放的补贴：`));
    } else {
      region.append(el('div', { class: 'state notice', role: 'status' }, `今天（${view.today}）暂无补贴发放。`));
      if (view.latestSummary) region.append(...daySummary(view.latestSummary, `最近一次发放日（${view.latestSummary.date}）：`));
    }
  } catch (error) {
    showState(region, 'error', error.message, load);
  }
}

load();
