import { api, el, dateTime, showState, showFieldProblems, DEPARTMENTS } from './common.js';

const STATUS = { RECEIVED: '已受理，已转交主管部门', IN_PROGRESS: '办理中', CLOSED: '已办结' };
const CATEGORY = {
  FRAUD: '冒领骗取补贴',
  WRONG_PAYMENT: '错发',
  MISSED_PAYMENT: '漏发',
  DEDUCTION: '克扣、截留、挪用',
  NOT_CREDITED: '补贴未到账',
  OTHER: '其他问题',
};
const DRAFT_KEY = 'complaint-draft';
const form = document.getElementById('complaint');
const submitState = document.getElementById('submit-state');
const track = document.getElementById('track');
const trackState = document.getElementById('track-state');
const field = (name) => form.elements.namedItem(name);
const FIELDS = ['programmeCode', 'batchNumber', 'period', 'category', 'description', 'subjectIdNumber', 'contactName', 'contactPhone'];

function values() {
  return Object.fromEntries(FIELDS.map((name) => [name, field(name).value]));
}

// A draft survives a reload or a lost connection in this tab; it is cleared once the complaint is received.
function saveDraft() {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values()));
  } catch {
    // Private browsing may refuse storage; the form still keeps its values.
  }
}

function restoreDraft() {
  try {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) || 'null');
    if (draft) for (const name of FIELDS) if (typeof draft[name] === 'string' && name !== 'programmeCode') field(name).value = draft[name];
    return draft;
  } catch {
    return null;
  }
}

function updateCounter() {
  const count = Array.from(field('description').value.trim()).length;
  document.getElementById('description-count').textContent = `${count} / 1000`;
}

async function loadProgrammes(draft) {
  const select = field('programmeCode');
  try {
    const data = await api('PolicyList', {});
    for (const p of data.programmes) select.append(el('option', { value: p.code }, `${p.name || p.code}（${DEPARTMENTS[p.department] || p.department}）`));
    if (draft && draft.programmeCode) select.value = draft.programmeCode;
  } catch (error) {
    showState(submitState, 'error', `补贴项目列表加载失败：${error.message}`, () => loadProgrammes(draft));
  }
}

form.addEventListener('input', () => {
  updateCounter();
  saveDraft();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = form.querySelector('button[type="submit"]');
  const input = values();
  showFieldProblems(form, []);
  button.disabled = true;
  showState(submitState, 'loading', '正在提交…');
  try {
    const data = await api('SubmitComplaint', { input });
    const receipt = data.submitComplaint;
    sessionStorage.removeItem(DRAFT_KEY);
    form.reset();
    updateCounter();
    submitState.replaceChildren(
      el('div', { class: 'state success', role: 'status', tabindex: '-1', id: 'receipt' },
        el('p', {}, '已收到您的投诉举报，已转交', el('strong', {}, DEPARTMENTS[receipt.department] || receipt.department), '办理。'),
        el('p', {}, '受理编号（请记下，用于查询办理进度）：'),
        el('p', { class: 'tracking', id: 'tracking-number' }, receipt.trackingNumber),
        el('p', {}, `受理时间：${dateTime(receipt.submittedAt)}`),
      ),
    );
    submitState.hidden = false;
    document.getElementById('receipt').focus();
    track.elements.namedItem('trackingNumber').value = receipt.trackingNumber;
  } catch (error) {
    // Nothing is cleared on an error: the values stay in the form (and in the draft).
    if (error.code === 'BAD_USER_INPUT' && error.problems.length) {
      showFieldProblems(form, error.problems);
      showState(submitState, 'error', `请修改标红的内容后再提交：${error.message}`);
    } else {
      showState(submitState, 'error', `提交没有成功，您填写的内容已保留，可以稍后重新提交。（${error.message}）`);
    }
  } finally {
    button.disabled = false;
  }
});

track.addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = track.querySelector('button[type="submit"]');
  const trackingNumber = track.elements.namedItem('trackingNumber').value;
  showFieldProblems(track, []);
  button.disabled = true;
  showState(trackState, 'loading', '正在查询…');
  try {
    const data = await api('ComplaintStatus', { trackingNumber });
    const c = data.complaint;
    if (!c) {
      showState(trackState, 'empty', '没有找到这个受理编号，请核对后再试。');
      return;
    }
    trackState.replaceChildren(
      el('div', { class: 'card', role: 'status' },
        el('dl', { class: 'facts' },
          el('dt', {}, '受理编号'), el('dd', {}, c.trackingNumber),
          el('dt', {}, '办理状态'), el('dd', { id: 'complaint-status' }, STATUS[c.status] || c.status),
          el('dt', {}, '承办部门'), el('dd', {}, DEPARTMENTS[c.department] || c.department),
          el('dt', {}, '补贴项目'), el('dd', {}, c.programmeName || '—'),
          el('dt', {}, '问题类型'), el('dd', {}, CATEGORY[c.category] || c.category),
          el('dt', {}, '受理时间'), el('dd', {}, dateTime(c.submittedAt)),
          el('dt', {}, '最近更新'), el('dd', {}, dateTime(c.updatedAt)),
          el('dt', {}, '办理时限'), el('dd', { id: 'complaint-deadline' }, dateTime(c.deadline), c.overdue ? ' ' : '', c.overdue ? el('span', { class: 'badge overdue' }, '已超过办理时限') : ''),
          el('dt', {}, '答复'), el('dd', { id: 'complaint-reply' }, c.reply || '尚未答复'),
        ),
      ),
    );
    trackState.hidden = false;
  } catch (error) {
    if (error.code === 'BAD_USER_INPUT' && error.problems.length) showFieldProblems(track, error.problems);
    showState(trackState, 'error', error.message);
  } finally {
    button.disabled = false;
  }
});

const draft = restoreDraft();
updateCounter();
loadProgrammes(draft);
