import { ChpRuleError } from './errors';

/**
 * Count per 1,000 of a population (tenancies, students, residents); null when the population is 0.
 *
 * @example
 * perThousand(45, 9000) // 5
 */
export function perThousand(count: number, population: number): number | null {
  if (!Number.isFinite(count) || !Number.isFinite(population) || count < 0 || population < 0) {
    throw new ChpRuleError('INVALID_NUMBER', 'count and population must be non-negative numbers');
  }
  return population === 0 ? null : (count * 1000) / population;
}
