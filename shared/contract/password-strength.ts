/**
 * The minimum strength of a password, as a pure rule both sides read: the handlers refuse a weak
 * one, the console explains why before it is sent. The result is a list of stable codes, empty
 * when the password is acceptable.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_PROBLEMS = ['too-short', 'too-long', 'one-class', 'contains-username', 'repeated'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** Character classes: lowercase, uppercase, digits, anything else (symbols, CJK). */
const classesOf = (password: string) =>
  [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u].filter((re) => re.test(password)).length;

export function passwordProblems(password: string, username = ''): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too-short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too-long');
  if (classesOf(password) < 2) problems.push('one-class');
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push('contains-username');
  if (new Set(password).size <= 3) problems.push('repeated');
  return problems;
}
