import { describe, expect, it } from 'vitest';
import { personWords } from './person-term';

describe("the organisation's word for the person complaining (docs/procedure.md, Sector settings)", () => {
  it("'complainant' starts a label as 'Complainant'", () =>
    expect(personWords('complainant')).toEqual({ term: 'complainant', Term: 'Complainant' }));
  it("'customer' until the organisation's word is known", () =>
    expect(personWords(undefined)).toEqual({ term: 'customer', Term: 'Customer' }));
});
