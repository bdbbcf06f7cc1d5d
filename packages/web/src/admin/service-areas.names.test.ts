import { describe, expect, it } from 'vitest';
import { serviceAreaNameProblem } from './service-areas.names';

const areas = [
  { id: 'r', name: 'Repairs', active: true },
  { id: 'c', name: 'Concierge', active: false },
];

describe('service area names (docs/procedure.md, Service areas)', () => {
  it('a name is needed', () => expect(serviceAreaNameProblem('  ', areas)).toBe('Enter a name.'));

  it('a name another area has, whatever its case, is refused', () =>
    expect(serviceAreaNameProblem('repairs', areas)).toBe(
      'There is already a service area called Repairs.',
    ));

  it("a retired area's name points to reactivating it", () =>
    expect(serviceAreaNameProblem('Concierge ', areas)).toBe(
      'Concierge is retired: reactivate it instead.',
    ));

  it('renaming an area to its own name in another case is fine', () =>
    expect(serviceAreaNameProblem('REPAIRS', areas, 'r')).toBeNull());

  it('a new name is fine', () => expect(serviceAreaNameProblem('Factoring', areas)).toBeNull());
});
