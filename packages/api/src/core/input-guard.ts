import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { badInput, ruleText } from './errors';
import { OutOfRangeDate } from './scalars';

// C0 controls other than tab, line feed and carriage return, and DEL: PostgreSQL refuses NUL in
// text outright, and the others are never typed by a person.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one: not
// representable in UTF-8, so neither PostgreSQL nor a JSON reader can take it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first rule a text breaks: `noControlCharacters` or `wellFormedText`. */
export function textRuleBroken(text: string): 'noControlCharacters' | 'wellFormedText' | null {
  if (CONTROL.test(text)) return 'noControlCharacters';
  if (LONE_SURROGATE.test(text)) return 'wellFormedText';
  return null;
}

function check(value: unknown, field: string): void {
  if (value instanceof OutOfRangeDate)
    throw badInput(field, 'dateInRange', ruleText('dateInRange', undefined, { field }));
  if (typeof value === 'string') {
    const rule = textRuleBroken(value);
    if (rule) throw badInput(field, rule, ruleText(rule, undefined, { field }));
  } else if (Array.isArray(value)) {
    for (const item of value) check(item, field);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, nested] of Object.entries(value)) check(nested, `${field}.${key}`);
  }
}

const isInputObject = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !(value instanceof OutOfRangeDate);

/**
 * Every argument, at any depth (inline or from variables), before any resolver or validator sees
 * it: strings are well-formed text without control characters, dates fall in 1900 to 2100.
 * Fields are named as the input validation names them: an input object's fields without the
 * argument's name ('customer.name').
 */
function guard(args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    if (isInputObject(value)) {
      for (const [key, nested] of Object.entries(value)) check(nested, key);
    } else check(value, name);
  }
}

/**
 * Puts the argument guard in front of every field that takes arguments, and only those: as a
 * type-graphql global middleware it also ran, asynchronously, on each scalar field of each row
 * of a page (issue 19: a register page resolves hundreds of them).
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args: Record<string, unknown>, context, info) => {
        guard(args);
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
