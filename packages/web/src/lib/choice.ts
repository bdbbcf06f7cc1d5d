/**
 * The value when it is one of the API's choices, else undefined: an address, a select or a
 * stored filter gives any string, the generated variable types take only the enum's values.
 */
export function oneOf<T extends string>(
  choices: readonly T[],
  value: string | null | undefined,
): T | undefined {
  return choices.find((c) => c === value);
}
