import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { boundEchoes, echo } from './echo.js';
import { waitInChinese } from './retry-after.js';

describe('values echoed in messages', () => {
  test('a long value is cut to 40 characters and says how long it was', () => {
    assert.equal(echo('short'), 'short');
    assert.equal(echo('x'.repeat(100_000)), `${'x'.repeat(40)}…(100000 characters)`);
    // Cut once: echoing an echo changes nothing.
    assert.equal(echo(echo('y'.repeat(500))), echo('y'.repeat(500)));
  });

  test('an ID number is never echoed whole', () => {
    assert.equal(echo('61072719800101123X'), '6107**********123X');
    assert.doesNotMatch(boundEchoes('no batch "61072719800101123X" and 610727198001011234 either'), /61072719800101123X|610727198001011234/);
  });

  test('every quoted value of a message is bounded, and the message too', () => {
    const message = boundEchoes(`names no programme: "${'P'.repeat(5000)}"; Unknown option '--${'b'.repeat(5000)}'`);
    assert.match(message, /"P{40}…\(5000 characters\)"/);
    assert.match(message, /'--b{38}…\(5002 characters\)'/);
    assert.ok(boundEchoes('z '.repeat(10_000)).length < 500);
    // Apostrophes in prose are not quotes.
    assert.equal(boundEchoes("it isn't here and doesn't exist"), "it isn't here and doesn't exist");
  });
});

describe('waits in Chinese', () => {
  test('the words say the same wait as the number of seconds', () => {
    assert.equal(waitInChinese(30), '30秒');
    assert.equal(waitInChinese(60), '1分钟');
    assert.equal(waitInChinese(61), '2分钟');
    assert.equal(waitInChinese(180), '3分钟');
    assert.equal(waitInChinese(3600), '1小时');
    assert.equal(waitInChinese(5400), '1小时30分钟');
  });
});
