import { validate, type ValidationError } from 'class-validator';
import { badInput, ruleText } from './errors';

function firstFailure(
  errors: ValidationError[],
  prefix = '',
): { field: string; rule: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length > 0) {
      // a null where only leaving the field out is allowed: say that, not what the value lacks
      const [rule, message] = constraints.find(([name]) => name === 'notNull') ?? constraints[0]!;
      return { field, rule, message };
    }
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * type-graphql's `validateFn`: validates input classes with class-validator and answers
 * BAD_USER_INPUT naming the first field and rule that failed.
 */
export async function validateInput(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const values = Array.isArray(argValue) ? argValue : [argValue];
  for (const value of values) {
    if (value === null || typeof value !== 'object' || (value as object).constructor === Object)
      continue;
    const errors = await validate(value as object, {
      forbidUnknownValues: false,
      validationError: { target: false },
    });
    const failure = firstFailure(errors);
    if (failure) {
      const { field, rule, message } = failure;
      // the domain's message for the rule, then class-validator's (names the field and the limit)
      throw badInput(field, rule, ruleText(rule, `(${message}.)`, { field }));
    }
  }
}
