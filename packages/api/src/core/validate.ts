import { getMetadataStorage, validate, type ValidationError } from 'class-validator';
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

type RuleLookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];
const REMEMBERING = Symbol.for('chp.classValidatorRuleLookupsRemembered');

/**
 * class-validator looks a class's rules up on every validation by walking the rules of every
 * class (about a hundred here) for those it inherits: the same answer every time once the classes
 * are loaded (issue 19: 2–3% of the API's CPU on a register page). Remembered per class and
 * options; forgotten whenever a rule is added. Installed once on class-validator's one storage.
 */
function rememberRuleLookups(): void {
  const storage = getMetadataStorage() as ReturnType<typeof getMetadataStorage> & {
    [REMEMBERING]?: true;
  };
  if (storage[REMEMBERING]) return;
  storage[REMEMBERING] = true;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  let known = new Map<unknown, Map<string, ReturnType<RuleLookup>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let byOptions = known.get(target);
    if (!byOptions) known.set(target, (byOptions = new Map<string, ReturnType<RuleLookup>>()));
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.addValidationMetadata = (rule) => {
    known = new Map();
    addRule(rule);
  };
}
rememberRuleLookups();

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
