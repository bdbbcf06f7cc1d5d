import { readFileSync } from 'node:fs';
import path from 'node:path';
import { passwordProblem, type PasswordOwner } from '@chp/domain';
import { apiPackageDir } from '../../paths';
import { peopleError } from './people.errors';

/** data/common-passwords.txt: where it comes from is said in its first lines. */
const COMMON_PASSWORDS_FILE = path.join(apiPackageDir, 'data', 'common-passwords.txt');

let common: ReadonlySet<string> | null = null;

/** The shipped list of common passwords, read once. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(COMMON_PASSWORDS_FILE, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('# ')),
  );
  return common;
}

/**
 * Refuses a new password that breaks a rule of @chp/domain's passwordProblem (long enough, not
 * common, not the person's own name or e-mail), naming the rule on the `password` field.
 */
export function assertAcceptablePassword(password: string, owner: PasswordOwner): void {
  const problem = passwordProblem(password, owner, commonPasswords());
  if (problem) throw peopleError(`PASSWORD_${problem}`);
}
