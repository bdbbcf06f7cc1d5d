/**
 * The personal-data check of public text (docs/procedure.md, Reporting and publishing: no personal data; staff details are never
 * published). A pure function over the texts and the names of the organisation's customers and
 * staff that the loader found in them (personal-data.loader.ts). It catches:
 * - customer and staff names (2+ words): the full name, or surname first ("Smith, Jane"),
 *   case-insensitive, on word boundaries;
 * - e-mail addresses; UK phone numbers (10 or 11 national digits, +44 or leading 0);
 * - UK postcodes; street addresses (a house number, a capitalised street name and a street word;
 *   in lower case too when it reads as an address: '12 high street was repaired');
 * - possessives ("Jane Smith's") and a middle initial ("Jane K. Smith") of a known name;
 * - complaint reference numbers (PREFIX-YYYY-NNN, e.g. CMP-2026-00001).
 * It cannot catch a one-word name, a name that is not in the database (a relative, a neighbour),
 * a description that identifies someone without naming them ("the tenant at the end of the
 * close with three dogs"), or misspelt names: a human reviewer still reads every text.
 */

export type FindingKind =
  'customer_name' | 'staff_name' | 'email' | 'phone' | 'postcode' | 'address' | 'reference';

export interface PublicText {
  field: string;
  text: string;
}
export interface KnownName {
  kind: 'customer_name' | 'staff_name';
  name: string;
}
export interface PersonalDataFinding {
  field: string;
  kind: FindingKind;
  excerpt: string;
}

const LETTER = "\\p{L}\\p{M}'’\\-";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a name or text, lower case ("O'Neil-Smith" stays one word). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(new RegExp(`[^${LETTER}]+`, 'u'))
    .map((w) => w.replace(/['’]s$/, '').replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
}

/**
 * A regex matching `parts` in order, separated by spaces or a comma, on word boundaries; a
 * middle initial ("Jane K. Smith", "Jane K Smith") may stand between them and a possessive
 * ("Jane Smith's") may follow.
 */
function phrase(parts: string[]): RegExp {
  const between = `[\\s,]+(?:\\p{L}\\.?[\\s,]+)?`;
  return new RegExp(
    `(?<![${LETTER}])${parts.map(escape).join(between)}(?:['’]s)?(?![${LETTER}])`,
    'giu',
  );
}

/** The forms of a name the check looks for: in order, and surname first. */
export function nameForms(name: string): string[][] {
  const parts = words(name);
  if (parts.length < 2) return [];
  const surnameFirst = [parts[parts.length - 1]!, ...parts.slice(0, -1)];
  return [parts, surnameFirst];
}

const STREET_WORDS = [
  'Road',
  'Rd',
  'Street',
  'St',
  'Avenue',
  'Ave',
  'Drive',
  'Crescent',
  'Place',
  'Court',
  'Lane',
  'Terrace',
  'Gardens',
  'Way',
  'Close',
  'Square',
  'Wynd',
  'Brae',
  'Grove',
  'Park',
  'Quadrant',
  'Row',
  'Walk',
  'View',
];
const streetWord = STREET_WORDS.map((w) => `[${w[0]}${w[0]!.toLowerCase()}]${w.slice(1)}`).join(
  '|',
);

/** Words that make a lower-case 'number … street word' ordinary prose ('3 days in the park'). */
const PROSE_WORDS = new Set(
  (
    'the a an in of to and or for on at down up by with from our their his her my your its this ' +
    'that more new days weeks months years hours minutes working people complaints times broken'
  ).split(' '),
);
/** What may follow a lower-case street address: the end of a clause, or a verb or preposition. */
const AFTER_ADDRESS =
  '(?=\\s*(?:$|[.,;:!?)]|(?:was|were|is|are|has|had|have|in|on|and|near|where|which|when|after|since|because|for|at|by|to)(?![\\p{L}])))';

const PATTERNS: { kind: FindingKind; re: RegExp; accept?: (m: string) => boolean }[] = [
  { kind: 'email', re: /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu },
  {
    kind: 'phone',
    re: /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s()-]{7,14}\d(?!\d)/g,
    accept: (m) => {
      const digits = m.replace(/\D/g, '');
      const national =
        digits.startsWith('44') && m.trim().startsWith('+')
          ? digits.slice(2).replace(/^0/, '')
          : digits.replace(/^0/, '');
      return national.length === 9 || national.length === 10;
    },
  },
  {
    kind: 'postcode',
    re: /(?<![\p{L}\d])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\d])/giu,
  },
  {
    kind: 'address',
    re: new RegExp(
      `(?<![\\d])\\d{1,4}[A-Za-z]?(?:/\\d{1,3})?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${streetWord})(?![\\p{L}])`,
      'gu',
    ),
  },
  {
    // the same in any case ('12 high street'), when no prose word stands in it and it ends a
    // clause ('12 high street was repaired', not '3 broken street lights')
    kind: 'address',
    re: new RegExp(
      `(?<![\\d])\\d{1,4}[a-z]?(?:/\\d{1,3})?,?\\s+(?:[\\p{L}'’-]+\\s+){1,3}(?:${STREET_WORDS.join('|')})(?![\\p{L}])${AFTER_ADDRESS}`,
      'giu',
    ),
    accept: (m) =>
      !m
        .toLowerCase()
        .split(/\s+/)
        .slice(1, -1)
        .some((w) => PROSE_WORDS.has(w)),
  },
  { kind: 'reference', re: /(?<![\p{L}\d])[A-Z]{2,5}-\d{4}-\d{2,}(?!\d)/giu },
];

function excerpt(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 20);
  const to = Math.min(text.length, index + length + 20);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/** Every finding in every text, in field order then position. No finding: the texts may go public. */
export function checkPersonalData(
  texts: PublicText[],
  names: KnownName[] = [],
): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const nameRes = names.flatMap((n) =>
    nameForms(n.name).map((form) => ({ kind: n.kind, re: phrase(form) })),
  );
  for (const { field, text } of texts) {
    if (!text) continue;
    const found: { index: number; finding: PersonalDataFinding }[] = [];
    const seen = new Set<string>();
    const add = (kind: FindingKind, index: number, length: number) => {
      const key = `${kind}:${index}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ index, finding: { field, kind, excerpt: excerpt(text, index, length) } });
    };
    for (const { kind, re } of nameRes) {
      for (const m of text.matchAll(re)) add(kind, m.index, m[0].length);
    }
    for (const { kind, re, accept } of PATTERNS) {
      for (const m of text.matchAll(re))
        if (!accept || accept(m[0])) add(kind, m.index, m[0].length);
    }
    found.sort((a, b) => a.index - b.index);
    findings.push(...found.map((f) => f.finding));
  }
  return findings;
}

/**
 * The phrases of the texts that could be a name of two to four words, in both orders the check
 * matches: the loader asks the database for exactly these (a handful of candidates, however many
 * customers the organisation has).
 */
export function candidateNames(texts: PublicText[]): string[] {
  const out = new Set<string>();
  for (const { text } of texts) {
    const w = words(text);
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= w.length; i++) {
        const gram = w.slice(i, i + n);
        out.add(gram.join(' '));
        out.add([...gram.slice(1), gram[0]].join(' ')); // "Smith, Jane" -> "jane smith"
        // "Jane K. Smith" -> "jane smith"
        if (n === 3 && gram[1]!.length === 1) out.add(`${gram[0]} ${gram[2]}`);
      }
    }
  }
  return [...out];
}
