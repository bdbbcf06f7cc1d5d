import { describe, expect, it } from 'vitest';
import {
  candidateNames,
  checkPersonalData,
  type KnownName,
} from '../src/modules/publications/personal-data-check';
import { allowedPublicationSteps, countFigure, publicationStep, shareFigure } from '@chp/domain';

const names: KnownName[] = [
  { kind: 'customer_name', name: 'Morag Campbell' },
  { kind: 'staff_name', name: 'Iain MacLeod' },
];
const kinds = (text: string) =>
  checkPersonalData([{ field: 'introduction', text }], names).map((f) => f.kind);

describe('the personal-data check', () => {
  it('finds customer names, in order or surname first, any case, on word boundaries', () => {
    expect(kinds('Thanks to Morag Campbell for raising this')).toEqual(['customer_name']);
    expect(kinds('As CAMPBELL, MORAG told us')).toEqual(['customer_name']);
    expect(kinds('Morag Campbellton Road')).toEqual([]);
  });
  it('finds staff names', () =>
    expect(kinds('Our officer Iain MacLeod rang back')).toEqual(['staff_name']));
  it('finds e-mail addresses', () =>
    expect(kinds('Write to someone.else@example.org.uk')).toEqual(['email']));
  it('finds UK phone numbers', () => {
    expect(kinds('Call 0141 287 2000')).toEqual(['phone']);
    expect(kinds('Text +44 7700 900123 today')).toEqual(['phone']);
  });
  it('finds UK postcodes', () => expect(kinds('near G2 1DU')).toEqual(['postcode']));
  it('finds street addresses', () =>
    expect(kinds('the flat at 14 Kelvin Road was repaired')).toEqual(['address']));
  it('finds a possessive of a known name: "Morag Campbell\'s"', () => {
    expect(kinds("Morag Campbell's neighbour complained")).toEqual(['customer_name']);
    expect(kinds('Iain MacLeod’s team rang back')).toEqual(['staff_name']);
  });
  it('finds a known name with a middle initial: "Morag K. Campbell", "Morag K Campbell"', () => {
    expect(kinds('Morag K. Campbell wrote in')).toEqual(['customer_name']);
    expect(kinds('Morag K Campbell wrote in')).toEqual(['customer_name']);
  });
  it('asks the database for a name with a middle initial without it: "Jane K. Smith" → "jane smith"', () =>
    expect(candidateNames([{ field: 't', text: 'Jane K. Smith' }])).toContain('jane smith'));
  it('asks the database for a possessive without its \'s: "Jane Smith\'s" → "jane smith"', () =>
    expect(candidateNames([{ field: 't', text: "Jane Smith's" }])).toContain('jane smith'));
  it('finds a street address in lower case: "12 high street"', () => {
    expect(kinds('the close at 12 high street was repaired')).toEqual(['address']);
    expect(kinds('a leak at 4b kelvin road.')).toEqual(['address']);
  });
  it('finds no lower-case address in prose: "3 broken street lights", "10 minutes down the road"', () => {
    expect(kinds('We fixed 3 broken street lights')).toEqual([]);
    expect(kinds('the office is 10 minutes down the road')).toEqual([]);
    expect(kinds('we met 4 times in the park.')).toEqual([]);
  });
  it('finds complaint references', () =>
    expect(kinds('Complaint CMP-2026-00042 showed')).toEqual(['reference']));
  it('names the field and an excerpt', () => {
    const [f] = checkPersonalData(
      [{ field: 'items[1].weDid', text: 'We phoned Morag Campbell' }],
      names,
    );
    expect(f).toEqual({
      field: 'items[1].weDid',
      kind: 'customer_name',
      excerpt: 'We phoned Morag Campbell',
    });
  });
  it('finds nothing in ordinary public text', () => {
    for (const text of [
      'We changed the repairs process in March',
      'In 2026 Q2 we closed 85% of complaints within 5 working days',
      'We fixed 3 broken street lights and 12 doors on the estate',
      'You told us the Rents team took 10 days to reply; we now reply within 5.',
      'Campbell Park play area reopened',
    ])
      expect(kinds(text), text).toEqual([]);
  });
  it('asks the database only for phrases of two to four words, both orders', () => {
    expect(candidateNames([{ field: 't', text: 'Smith, Jane' }])).toEqual([
      'smith jane',
      'jane smith',
    ]);
  });
});

describe('the small-number rule', () => {
  it('shows counts from 1 to threshold - 1 as "fewer than N", and 0 and larger counts as they are', () => {
    expect(countFigure(3, 5)).toEqual({ value: null, display: 'fewer than 5' });
    expect(countFigure(0, 5)).toEqual({ value: 0, display: '0' });
    expect(countFigure(5, 5)).toEqual({ value: 5, display: '5' });
    expect(countFigure(7, 10)).toEqual({ value: null, display: 'fewer than 10' });
  });
  it('withholds a share of too few closures', () => {
    expect(shareFigure(2, 4, 5).value).toBeNull();
    expect(shareFigure(4, 5, 5)).toEqual({ value: 0.8, display: '80%' });
  });
});

describe('the publication workflow', () => {
  it('goes draft -> in review -> approved -> published, and can be withdrawn from any of them (not twice)', () => {
    expect(publicationStep('draft', 'submit')).toEqual({ ok: true, status: 'in_review' });
    expect(publicationStep('in_review', 'approve')).toEqual({ ok: true, status: 'approved' });
    expect(publicationStep('approved', 'publish')).toEqual({ ok: true, status: 'published' });
    expect(publicationStep('published', 'withdraw')).toEqual({ ok: true, status: 'withdrawn' });
    expect(publicationStep('draft', 'publish')).toMatchObject({
      ok: false,
      rule: 'PUBLICATION_STATUS',
    });
    expect(publicationStep('approved', 'edit')).toMatchObject({ ok: false });
    expect(publicationStep('draft', 'withdraw')).toEqual({ ok: true, status: 'withdrawn' });
    expect(publicationStep('withdrawn', 'withdraw')).toMatchObject({
      ok: false,
      rule: 'PUBLICATION_STATUS',
    });
    expect(allowedPublicationSteps('withdrawn')).toEqual([]);
  });
});
