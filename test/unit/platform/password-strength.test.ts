import { passwordProblems } from '../../../shared/contract/password-strength.ts';

describe('password strength', () => {
  it.each([
    ['Gas-meter-2026', 'agent', []],
    ['燃气表抄读2026年度', 'agent', []],
    ['short1A', 'agent', ['too-short']],
    ['abcdefghijkl', 'agent', ['one-class']],
    ['1234567890123', 'agent', ['one-class']],
    ['Manager-2026!', 'manager', ['contains-username']],
    ['MANAGER2026xx', 'manager', ['contains-username']],
    ['aaaaaaaaaaa1', 'agent', ['repeated']],
    ['aA1aA1aA1aA1', 'agent', ['repeated']],
    ['Ab1'.repeat(20) + 'x'.repeat(80), 'agent', ['too-long']],
  ])('%p for user %p: %p', (password, username, problems) => {
    expect(passwordProblems(password, username)).toEqual(problems);
  });
});
