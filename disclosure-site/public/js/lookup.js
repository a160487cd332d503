import { api, el, yuan, period, dateTime, badge, showState, showFieldProblems, DEPARTMENTS, LINE_STATUS } from './common.js';

const form = document.getElementById('lookup');
const state = document.getElementById('state');
const results = document.getElementById('results');
const field = (name) => form.elements.namedItem(name);

function render(lines) {
  const credited = lines.filter((l) => l.status === 'CREDITED');
  const fen = credited.reduce((sum, l) => sum + Math.round(Number(l.amount) * 100), 0);
  document.getElementById('summary').replaceChildren(
    el('div', { class: 'figure' }, el('b', {}, lines.length), el('span', {}, '笔发放记录')),
    el('div', { class: 'figure' }, el('b', {}, credited.length), el('span', {}, '笔已到账')),
    el('div', { class: 'figure' }, el('b', {}, yuan(`${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`)), el('span', {}, '已到账金额')),
  );
  document.getElementById('lines').replaceChildren(
    ...lines.map((line) =>
      el('tr', {},
        el('td', { 'data-label': '补贴项目' }, line.programmeName || '—'),
        el('td', { 'data-label': '主管部门' }, DEPARTMENTS[line.department] || line.department || '—'),
        el('td', { 'data-label': '期间' }, period(line.period)),
        el('td', { 'data-label': '金额', class: 'num' }, yuan(line.amount)),
        el('td', { 'data-label': '状态' }, badge(line.status, LINE_STATUS)),
        el('td', { 'data-label': '到账时间' }, dateTime(line.creditedAt)),
        el('td', { 'data-label': '失败原因' }, line.failureReason || '—'),
      ),
    ),
  );
  results.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = form.querySelector('button[type="submit"]');
  const variables = { name: field('name').value, idNumber: field('idNumber').value };
  const problems = [];
  if (!variables.name.trim()) problems.push({ field: 'name', message: '请填写姓名' });
  if (!variables.idNumber.trim()) problems.push({ field: 'idNumber', message: '请填写身份证号码' });
  showFieldProblems(form, problems);
  results.hidden = true;
  if (problems.length) {
    showState(state, null);
    return;
  }
  button.disabled = true;
  showState(state, 'loading', '正在查询…');
  try {
    const data = await api('MyPayments', variables);
    if (data.myPayments.length === 0) {
      showState(state, 'empty', '没有查询到发放记录。请核对姓名和身份证号码是否与户籍登记一致；如确认符合条件但未发放，可以投诉举报。');
    } else {
      showState(state, null);
      render(data.myPayments);
      results.querySelector('h2').setAttribute('tabindex', '-1');
      results.querySelector('h2').focus();
    }
  } catch (error) {
    if (error.code === 'BAD_USER_INPUT' && error.problems.length) showFieldProblems(form, error.problems);
    showState(state, 'error', error.message);
  } finally {
    button.disabled = false;
  }
});
