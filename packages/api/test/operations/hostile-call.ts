import type { BadCall, OperationCase } from './operation-case';

/** The valid call of `op` with `field` (of the update's input object, or a flat argument) set to `value`. */
export async function withField(
  op: OperationCase,
  field: string,
  value: unknown,
  ...args: Parameters<OperationCase['valid']>
): Promise<BadCall> {
  const valid = await op.valid(...args);
  const variables = structuredClone(valid.variables ?? {});
  // the input object the query passes (a spread record may hold other, unused objects)
  const input = Object.entries(variables).find(
    ([name, v]) =>
      valid.query.includes(`$${name}:`) && !!v && typeof v === 'object' && !Array.isArray(v),
  )?.[1] as Record<string, unknown> | undefined;
  if (input) {
    input[field] = value;
    return { query: valid.query, variables };
  }
  if (valid.query.includes(`$${field}:`))
    return { query: valid.query, variables: { ...variables, [field]: value } };
  // not among the call's variables: give it inline, after the version
  const literal = JSON.stringify(value);
  return {
    query: valid.query.replace('version: $version', `version: $version, ${field}: ${literal}`),
    variables,
  };
}
