import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { normaliseCode, normaliseName, trimLegacyText } from './text.js';
import { idNumberBirthDate, isIsoDate, parseLegacyDate, readLegacyDate } from './dates.js';
import { idNumberCheckCharacter, idNumberProblem, isValidIdNumber, normaliseIdNumber } from './id-number.js';

// The normalisers as they were written before their fast paths: every canonical value must stay what these give.
const reference = {
  trim: (raw: string) => raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''),
  isIsoDate(value: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  },
  parseLegacyDate(raw: string | null): string | null {
    if (raw == null) return null;
    const text = raw.trim();
    if (!/^\d{8}$/.test(text)) return null;
    const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
    return reference.isIsoDate(iso) ? iso : null;
  },
  readLegacyDate(raw: string | null) {
    const date = reference.parseLegacyDate(raw);
    if (date !== null || raw == null) return { date, unreadable: null };
    const text = reference.trim(raw);
    return { date: null, unreadable: text === '' ? null : text };
  },
  idNumberBirthDate(idNumber: string): string | null {
    if (!/^\d{14}/.test(idNumber)) return null;
    const iso = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
    return reference.isIsoDate(iso) ? iso : null;
  },
  normaliseIdNumber: (raw: string) => reference.trim(raw).replace(/x$/, 'X'),
};

/** Every UTF-16 code unit, once each. */
const CODE_UNITS = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));

const PAD_CASES = ['', 'a', '王\u3000秀英', '01', '610727'];

describe('the legacy text normalisers', () => {
  test('trimming strips exactly the characters the regular expression stripped, at either end, for every code unit', () => {
    for (const unit of CODE_UNITS) {
      for (const text of [unit, `${unit}a${unit}`, `a${unit}b`, `${unit}${unit}王 ${unit}`]) {
        if (trimLegacyText(text) !== reference.trim(text)) assert.fail(`U+${unit.charCodeAt(0).toString(16)} in ${JSON.stringify(text)} trims differently`);
      }
    }
  });

  test('names and codes keep null as null and trim like the legacy padding rule', () => {
    assert.equal(normaliseName(null), null);
    assert.equal(normaliseName(' \u3000王\u3000秀英\t'), '王\u3000秀英');
    assert.equal(normaliseCode(null), null);
    assert.equal(normaliseCode(' \u3000'), null);
    assert.equal(normaliseCode(' 01\r\n'), '01');
    assert.equal(normaliseCode(7), '7');
  });

  test('an ID number loses its padding and only a final lower-case x is upper-cased', () => {
    for (const unit of CODE_UNITS) {
      for (const core of ['61072719450302123x', '6107271945030212x3', 'x', '']) {
        const raw = `${unit}${core}${unit}`;
        if (normaliseIdNumber(raw) !== reference.normaliseIdNumber(raw)) assert.fail(`U+${unit.charCodeAt(0).toString(16)} around ${core} normalises differently`);
      }
    }
    assert.equal(normaliseIdNumber(null), '');
  });
});

describe('the legacy date readers', () => {
  const years = ['0000', '0001', '0099', '0100', '0400', '1582', '1899', '1900', '1904', '1999', '2000', '2023', '2024', '2100', '9999'];
  const twoDigits = Array.from({ length: 40 }, (_, n) => String(n).padStart(2, '0'));
  const eightDigitTexts = years.flatMap((y) => twoDigits.flatMap((m) => twoDigits.map((d) => `${y}${m}${d}`)));

  test('every YYYYMMDD text, including years before 100 and 29 February, reads as it always has', () => {
    for (const text of eightDigitTexts) {
      for (const raw of [text, ` ${text}\u3000`]) {
        assert.deepEqual(readLegacyDate(raw), reference.readLegacyDate(raw), raw);
        assert.equal(parseLegacyDate(raw), reference.parseLegacyDate(raw), raw);
      }
      const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
      assert.equal(isIsoDate(iso), reference.isIsoDate(iso), iso);
      const id = `610727${text}1234`;
      assert.equal(idNumberBirthDate(id), reference.idNumberBirthDate(id), text);
    }
  });

  test('blank, null and text that is no date read as none or as the stored text, trimmed', () => {
    for (const raw of [null, '', '   ', '\u3000', '2024011', '202401011', '2024-01-01', '2O240101', ' 20240230 ', '00000000', '２０２４０１０１', '2024 0101']) {
      assert.deepEqual(readLegacyDate(raw), reference.readLegacyDate(raw), String(raw));
      assert.equal(parseLegacyDate(raw), reference.parseLegacyDate(raw), String(raw));
    }
    for (const value of ['2024-1-01', '2024-01-01 ', '2024/01/01', '2024-01-01T00:00', '+2024-01-01', '２０２４-01-01', '']) {
      assert.equal(isIsoDate(value), reference.isIsoDate(value), value);
    }
    for (const id of ['6107271945', '61072719450302', '6107271945030a1234', '610727194503021234']) {
      assert.equal(idNumberBirthDate(id), reference.idNumberBirthDate(id), id);
    }
  });
});

describe('ID number validity', () => {
  test('the one-pass check agrees with the reasons a number is invalid, for valid numbers and every kind of defect', () => {
    const birthDates = ['19450302', '20000229', '19000229', '00990101', '01000101', '20241301', '20240100', '20240431'];
    const candidates: string[] = [];
    for (const birth of birthDates) {
      for (let serial = 0; serial < 1000; serial += 37) {
        const first17 = `610727${birth}${String(serial).padStart(3, '0')}`;
        const check = idNumberCheckCharacter(first17);
        candidates.push(`${first17}${check}`, `${first17}${check === 'X' ? '0' : 'X'}`, `${first17}x`, `${first17}${check} `, first17, `${first17.slice(0, 16)}A${check}`);
      }
    }
    for (const id of [...candidates, '', 'X', '61072719450302123X', '６10727194503021234']) {
      assert.equal(isValidIdNumber(id), idNumberProblem(id) === null, id.slice(0, 6));
    }
    assert.ok(candidates.some(isValidIdNumber));
  });
});
