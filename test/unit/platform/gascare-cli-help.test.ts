import type { Command } from 'commander';
import { program } from '../../../local/cli/gascare/main.ts';

/** Every command of `gascare`, found by walking the program (a new one is covered at once). */
const walk = (command: Command, path: string[] = []): { path: string; command: Command }[] =>
  command.commands.flatMap((c) => [{ path: [...path, c.name()].join(' '), command: c }, ...walk(c, [...path, c.name()])]);
const commands = walk(program());

describe('gascare --help', () => {
  it('has the commands of the README', () => {
    expect(commands.map((c) => c.path)).toEqual(
      expect.arrayContaining(['login', 'logout', 'customers import', 'customers export', 'readings upload', 'jobs run', 'events tail', 'webhooks test']),
    );
  });

  it.each(commands)('gascare $path --help says what it does and what each option means', ({ path, command }) => {
    expect(command.description()).not.toBe('');
    expect(command.helpInformation()).toContain(`Usage: gascare ${path}`);
    for (const option of command.options) expect([option.flags, option.description]).not.toEqual([option.flags, '']);
  });
});
