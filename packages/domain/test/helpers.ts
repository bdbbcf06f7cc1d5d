import { ChpRuleError } from '../src';

/** The ChpRuleError code `fn` throws, or 'NO_ERROR'. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChpRuleError) return e.code;
    throw e;
  }
  return 'NO_ERROR';
}
