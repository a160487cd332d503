import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { COMMANDS } from './main.js';

describe('every command says in its --help what it accepts', () => {
  test('each flag a command accepts is named in its help text', () => {
    const missing: string[] = [];
    let flags = 0;
    for (const [name, command] of Object.entries(COMMANDS)) {
      for (const flag of command.flagNames ?? []) {
        flags++;
        if (!new RegExp(`--${flag}\\b`).test(command.usage)) missing.push(`hub ${name} --${flag}`);
      }
    }
    assert.deepEqual(missing, []);
    // The commands are defined with their flags, so the check above looked at them.
    assert.ok(flags > 20, `only ${flags} flags seen`);
  });
});
