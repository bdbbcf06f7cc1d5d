/**
 * What makes a password acceptable for a member of staff (docs/procedure.md, Accounts): long
 * enough, not one of the passwords people most often choose, and not built from the person's own
 * name or e-mail address. Pure: the list of common passwords is an argument (the API reads the
 * one it ships; the dashboard checks the rest before sending).
 *
 * @example
 * passwordProblem('Clyde housing 2026', { name: 'Ann Clyde', email: 'ann@x.example' }, new Set())
 * // 'containsName'
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem =
  'minLength' | 'maxLength' | 'commonPassword' | 'containsName' | 'containsEmail';

export interface PasswordOwner {
  name: string;
  email: string;
}

/** Name and e-mail parts shorter than this are too common inside words to count ("li", "jo"). */
const MIN_PART_LENGTH = 3;

const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const compact = (text: string) => fold(text).replace(/[^\p{L}\p{N}]/gu, '');
const parts = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length >= MIN_PART_LENGTH);

/**
 * The first rule `password` breaks, or null when it is acceptable. `common` holds the common
 * passwords in lower case. A password is common when, lower-cased, it is on the list as typed or
 * without its spaces and punctuation, or once the digits around it are taken off
 * ("Password2026!" is "password"), or when it is one common password said again ("letmeinletmein").
 */
export function passwordProblem(
  password: string,
  owner: PasswordOwner,
  common: ReadonlySet<string>,
): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'minLength';
  if (password.length > PASSWORD_MAX_LENGTH) return 'maxLength';
  const plain = compact(password);
  const core = plain.replace(/^\d+|\d+$/g, '');
  const half = plain.slice(0, plain.length / 2);
  if (
    common.has(fold(password)) ||
    common.has(plain) ||
    common.has(core) ||
    (plain.length % 2 === 0 && half.repeat(2) === plain && common.has(half))
  )
    return 'commonPassword';
  const email = fold(owner.email).trim();
  const local = email.split('@')[0] ?? '';
  if (
    (email && plain.includes(compact(email))) ||
    (compact(local).length >= MIN_PART_LENGTH && plain.includes(compact(local))) ||
    parts(local).some((part) => plain.includes(part))
  )
    return 'containsEmail';
  if (parts(owner.name).some((part) => plain.includes(part))) return 'containsName';
  return null;
}

/** How long a link to set a password stays usable (docs/procedure.md, Accounts). */
export const PASSWORD_LINK_HOURS = { invitation: 7 * 24, reset: 24 } as const;
export type PasswordLinkPurpose = keyof typeof PASSWORD_LINK_HOURS;
