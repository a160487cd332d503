import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { validIdNumber, validIdNumberEndingInX } from '../test-support/id-numbers.js';
import { InputProblems, trackingNumberMessage, validateAnnouncementScope, validateComplaint, validateLookup, type FieldProblem } from './disclosure-input.js';

function problems(check: () => unknown): FieldProblem[] {
  try {
    check();
  } catch (error) {
    if (error instanceof InputProblems) return error.problems;
    throw error;
  }
  assert.fail('expected input problems');
}

const ID = validIdNumberEndingInX('610727', '19500101');
const GOOD = { programmeCode: 'MZ-DB', category: 'MISSED_PAYMENT', description: '我家符合低保条件，但三月份没有收到低保金。' };

describe('personal lookup input', () => {
  test('a name and a padded ID number with a lower-case x are accepted and normalised', () => {
    assert.deepEqual(validateLookup({ name: '\u3000张三丰 ', idNumber: ` ${ID.toLowerCase()}\u3000` }), { name: '张三丰', idNumber: ID });
  });

  test('each way an ID number can be wrong has its own Chinese message', () => {
    const good = validIdNumber('610727', '19800101', '123');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    assert.deepEqual(problems(() => validateLookup({ name: '张三', idNumber: good.slice(0, 15) })), [{ field: 'idNumber', message: '身份证号码应为18位，现在是15位' }]);
    assert.match(problems(() => validateLookup({ name: '张三', idNumber: `${good.slice(0, 16)}A1` }))[0]!.message, /17位数字/);
    assert.match(problems(() => validateLookup({ name: '张三', idNumber: '610727198002301234' }))[0]!.message, /出生日期/);
    assert.match(problems(() => validateLookup({ name: '张三', idNumber: wrongCheck }))[0]!.message, /校验位/);
  });

  test('an empty form names both fields', () => {
    assert.deepEqual(problems(() => validateLookup({})).map((p) => p.field), ['name', 'idNumber']);
  });

  test('a name longer than 30 characters, with digits or with a line break is refused', () => {
    assert.match(problems(() => validateLookup({ name: '张'.repeat(31), idNumber: ID }))[0]!.message, /最多30个字/);
    assert.match(problems(() => validateLookup({ name: '张3', idNumber: ID }))[0]!.message, /数字/);
    assert.match(problems(() => validateLookup({ name: '张\n三', idNumber: ID }))[0]!.message, /换行/);
  });
});

describe('complaint input', () => {
  test('a complete complaint is cleaned: period without separators, phone without spaces, ID number normalised', () => {
    const input = validateComplaint({ ...GOOD, period: '2024-03', contactPhone: '138 0013 8000', subjectIdNumber: ID.toLowerCase(), contactName: ' 王五 ', batchNumber: '' });
    assert.deepEqual(input, {
      programmeCode: 'MZ-DB',
      batchNumber: null,
      period: '202403',
      category: 'MISSED_PAYMENT',
      description: GOOD.description,
      subjectIdNumber: ID,
      contactName: '王五',
      contactPhone: '13800138000',
    });
  });

  test('the description must be 10 to 1000 characters, counted as people count them', () => {
    assert.equal(problems(() => validateComplaint({ ...GOOD, description: '一二三四五六七八九' }))[0]!.message, '情况描述至少10个字，现在是9个字');
    assert.equal(validateComplaint({ ...GOOD, description: '一二三四五六七八九十' }).description, '一二三四五六七八九十');
    assert.match(problems(() => validateComplaint({ ...GOOD, description: '字'.repeat(1001) }))[0]!.message, /最多1000个字，现在是1001个字/);
    assert.equal(validateComplaint({ ...GOOD, description: '字'.repeat(1000) }).description.length, 1000);
  });

  test('every problem is reported at once with the field it belongs to', () => {
    const found = problems(() =>
      validateComplaint({ programmeCode: '', category: 'X', description: '', subjectIdNumber: '123', contactPhone: 'abc', period: '2024-13', batchNumber: 'a b' }),
    );
    assert.deepEqual(found.map((p) => p.field), ['programmeCode', 'batchNumber', 'period', 'category', 'description', 'subjectIdNumber', 'contactPhone']);
    for (const p of found) assert.match(p.message, /[\u4e00-\u9fff]/);
  });

  test('landlines with an area code and mobile numbers are accepted as contact phones', () => {
    for (const phone of ['0916-1234567', '09161234567', '02912345678', '13912345678', '0916-1234567-801']) {
      assert.equal(validateComplaint({ ...GOOD, contactPhone: phone }).contactPhone, phone);
    }
    assert.deepEqual(problems(() => validateComplaint({ ...GOOD, contactPhone: '12345678901' })).map((p) => p.field), ['contactPhone']);
  });

  test('control characters are refused in a description but line breaks are kept', () => {
    assert.equal(validateComplaint({ ...GOOD, description: '第一行情况说明。\r\n第二行情况说明。' }).description, '第一行情况说明。\n第二行情况说明。');
    assert.match(problems(() => validateComplaint({ ...GOOD, description: '情况说明情况说明\u0007' }))[0]!.message, /特殊字符/);
  });
});

describe('announcement scope and tracking numbers', () => {
  test('a batch needs nothing else; a township or village needs a period', () => {
    assert.deepEqual(validateAnnouncementScope({ batchNumber: 'PC1', division: '610727100' }), { batchNumber: 'PC1', division: null, period: null, programmeCode: null, search: null });
    assert.deepEqual(problems(() => validateAnnouncementScope({ division: '610727100' })).map((p) => p.field), ['period']);
    assert.deepEqual(problems(() => validateAnnouncementScope({ division: '6107271', period: '202403' })).map((p) => p.field), ['division']);
    assert.deepEqual(problems(() => validateAnnouncementScope({})).map((p) => p.field), ['division', 'period']);
  });

  test('tracking numbers are checked for their shape, without look-alike characters', () => {
    assert.equal(trackingNumberMessage('TS20240305-7KQ3M9XH'), null);
    assert.match(trackingNumberMessage('TS20240305-7KQ3M9X0')!, /格式不正确/);
    assert.match(trackingNumberMessage('')!, /请填写/);
  });
});
