/**
 * NIST SP 800-63B: length, not composition. At least 12 characters, long passphrases welcome,
 * and nothing from a list of passwords attackers try first, nor the person's own e-mail or name.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'personal';

export interface PasswordContext {
  email?: string;
  displayName?: string;
}

/** Length in user-perceived characters, so that "é" typed either way counts once. */
function length(password: string): number {
  return [...password.normalize('NFC')].length;
}

export function passwordProblems(
  password: string,
  isCommon: (candidate: string) => boolean,
  context: PasswordContext = {},
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const size = length(password);
  if (size < PASSWORD_MIN_LENGTH) problems.push('too-short');
  if (size > PASSWORD_MAX_LENGTH) problems.push('too-long');
  const lowered = password.normalize('NFC').toLowerCase();
  if (isCommon(lowered) || isRepetitive(lowered)) problems.push('common');
  const personal = [context.email?.split('@')[0], context.email, context.displayName]
    .filter((part): part is string => !!part && part.length >= 4)
    .map((part) => part.toLowerCase());
  if (personal.some((part) => lowered === part || (lowered.includes(part) && part.length * 2 >= lowered.length))) {
    problems.push('personal');
  }
  return problems;
}

/** "aaaaaaaaaaaa" or "123412341234" are as weak as any listed password. */
function isRepetitive(password: string): boolean {
  for (let unit = 1; unit <= 4; unit++) {
    const head = password.slice(0, unit);
    if (password.length >= unit * 3 && head.repeat(Math.ceil(password.length / unit)).slice(0, password.length) === password) {
      return true;
    }
  }
  return false;
}
