// Shared by every page: calls to the site's /api, labels in Chinese, and the loading/empty/error states.

export const DEPARTMENTS = {
  FINANCE: '财政局',
  CIVIL_AFFAIRS: '民政局',
  HR: '人力资源和社会保障局',
  DISABILITY: '残疾人联合会',
  AGRICULTURE: '农业农村局',
  HEALTH: '卫生健康委员会',
  EDUCATION: '教育局',
  VETERANS: '退役军人事务局',
  UNRECOGNISED: '其他部门',
};
export const FUNDING = { CENTRAL: '中央', PROVINCIAL: '省级', MUNICIPAL: '市级', COUNTY: '县级', UNRECOGNISED: '其他' };
export const CYCLES = { MONTHLY: '按月', QUARTERLY: '按季', YEARLY: '按年', ONE_OFF: '一次性', UNRECOGNISED: '其他' };
export const LINE_STATUS = { CREDITED: '已到账', FAILED: '发放失败', PENDING: '待发放', UNRECOGNISED: '状态不明' };
export const BATCH_STATUS = { DRAFTED: '已录入', APPROVED: '已审核', SENT_TO_BANK: '已送银行', PAID: '已发放', PARTLY_FAILED: '部分失败', UNRECOGNISED: '状态不明' };

export class ApiError extends Error {
  constructor(code, message, problems = [], retryAfterSeconds) {
    super(message);
    this.code = code;
    this.problems = problems;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Runs one of the site's operations; resolves with its data or rejects with an ApiError whose message is for people. */
export async function api(operation, variables = {}) {
  let response;
  try {
    response = await fetch(`/api/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables }),
      signal: AbortSignal.timeout(30000),
    });
  } catch (error) {
    const timeout = error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new ApiError('NETWORK', timeout ? '等待时间过长，请检查网络后重试' : '网络连接失败，请检查网络后重试');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Handled below.
  }
  if (!response.ok || !body || body.error) {
    const e = (body && body.error) || {};
    throw new ApiError(e.code || 'UNAVAILABLE', e.message || '服务暂时不可用，请稍后再试', e.problems || [], e.retryAfterSeconds);
  }
  return body.data;
}

/** A small element builder: el('td', { class: 'num' }, '12.00'). Text is always set as text, never as HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function yuan(amount) {
  if (amount === null || amount === undefined) return '—';
  const [whole, cents = '00'] = String(amount).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents} 元`;
}

export function period(value) {
  return value && /^\d{6}$/.test(value) ? `${value.slice(0, 4)}年${value.slice(4)}月` : value || '—';
}

export function dateTime(iso) {
  if (!iso) return '—';
  // Beijing time, the time of the people reading it; no locale data needed.
  const d = new Date(Date.parse(iso) + 8 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A 公示 window in words: `2024-03-15 至 2024-03-21（公示中）`; null start: not announced yet. */
export function announcementWindow(start, end, open) {
  if (!start) return '尚未公示';
  return `${start} 至 ${end}（${open ? '公示中' : '公示期已结束'}）`;
}

export function badge(code, labels) {
  return el('span', { class: `badge ${code}` }, labels[code] || code);
}

/** Shows one state in a live region: 'loading', 'empty' (notice), 'error' or 'success'. */
export function showState(region, kind, message, retry) {
  region.replaceChildren();
  if (!kind) {
    region.hidden = true;
    return;
  }
  region.hidden = false;
  const box = el('div', { class: `state ${kind === 'empty' ? 'notice' : kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  if (retry) box.append(' ', el('button', { type: 'button', class: 'secondary', onclick: retry }, '重试'));
  region.append(box);
}

/** Marks each field named by the server's problems; clears the others; focuses the first one. */
export function showFieldProblems(form, problems) {
  for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  for (const node of form.querySelectorAll('.error-text')) node.textContent = '';
  let first = null;
  for (const problem of problems) {
    const input = form.elements.namedItem(problem.field);
    const target = input && (input instanceof RadioNodeList ? input[0] : input);
    const text = form.querySelector(`#${problem.field}-error`);
    if (text) text.textContent = text.textContent ? `${text.textContent}；${problem.message}` : problem.message;
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      first ??= target;
    }
  }
  if (first) first.focus();
  return first !== null;
}

/** Query-string state, so a result can be linked, bookmarked and reached with the back button. */
export function readParams() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

export function writeParams(values) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

export function fillSelect(select, options, placeholder) {
  const current = select.value;
  select.replaceChildren();
  if (placeholder !== undefined) select.append(el('option', { value: '' }, placeholder));
  for (const [value, label] of options) select.append(el('option', { value }, label));
  if ([...select.options].some((o) => o.value === current)) select.value = current;
}
