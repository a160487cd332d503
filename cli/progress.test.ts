import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { PassThrough } from 'node:stream';
import { progressReporter } from './progress.js';

function capture(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  stream.on('data', (d) => (text += d));
  return { stream, text: () => text };
}

describe('progress on stderr', () => {
  test('on a terminal a bar is redrawn in place and ends with a newline', () => {
    const out = capture(true);
    let now = 0;
    const progress = progressReporter(out.stream, 'run 7:', { now: () => now });
    progress.update(0, 2000);
    now += 200;
    progress.update(1000, 2000);
    now += 200;
    progress.update(2000, 2000);
    progress.finish();
    const text = out.text();
    assert.equal(text.split('\r').length - 1, 3);
    assert.match(text, /run 7: \[█{15}░{15}\] 1,000\/2,000 lines \(50%\)/);
    assert.match(text, /\[█{30}\] 2,000\/2,000 lines \(100%\)\n$/);
  });

  test('on a pipe plain lines are written now and then, and the last state at the end', () => {
    const out = capture(false);
    let now = 0;
    const progress = progressReporter(out.stream, 'run 7:', { now: () => now, plainEveryMs: 10_000 });
    progress.update(0, null);
    now += 1000;
    progress.update(500, null);
    now += 10_000;
    progress.update(1500, null);
    now += 1000;
    progress.update(1800, null);
    progress.finish();
    assert.equal(out.text(), 'run 7: 0 lines\nrun 7: 1,500 lines\nrun 7: 1,800 lines\n');
    assert.ok(!out.text().includes('\r'));
  });
});
