import { validateInput } from '../../core/validate';
import { badInput, ruleText } from '../../core/errors';
import { LocalDate } from '../../core/scalars';
import { ComplaintFilter } from '../complaints';

const TEXT = [
  'status',
  'route',
  'serviceAreaId',
  'handlerId',
  'outcome',
  'search',
  'closedAt',
  'closureOutcome',
  'sort',
  'direction',
  'deadline',
] as const;
const DATES = ['receivedFrom', 'receivedTo', 'closedFrom', 'closedTo'] as const;
const FLAGS = ['mine', 'closedWithinTimescale', 'closedExtended', 'seriousAtStageOne'] as const;

/**
 * The register's filter from a download's query string: the same names and values as the
 * `complaints` query's arguments, checked by the same rules (an unknown value is refused with the
 * field and rule, as GraphQL refuses it).
 */
export async function registerFilterFrom(query: Record<string, unknown>): Promise<ComplaintFilter> {
  const one = (key: string): string | undefined => {
    const v = query[key];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string')
      throw badInput(
        key,
        'isIn',
        ruleText('isIn', `(${key} given more than once.)`, { field: key }),
      );
    return v;
  };
  const plain: Record<string, unknown> = {};
  for (const key of TEXT) plain[key] = one(key);
  for (const key of DATES) {
    const v = one(key);
    if (v === undefined) continue;
    try {
      plain[key] = LocalDate.parseValue(v);
    } catch {
      throw badInput(key, 'isDate', ruleText('isDate', '(YYYY-MM-DD)', { field: key }));
    }
  }
  for (const key of FLAGS) {
    const v = one(key);
    if (v === undefined) continue;
    if (v !== 'true' && v !== 'false')
      throw badInput(key, 'isBoolean', ruleText('isBoolean', '(true or false)', { field: key }));
    plain[key] = v === 'true';
  }
  const stage = one('stage');
  if (stage !== undefined) plain['stage'] = Number(stage);
  const filter = Object.assign(
    new ComplaintFilter(),
    Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined)),
  );
  await validateInput(filter);
  return filter;
}
