import { GraphQLError } from 'graphql';
import { ruleText } from '../../core/errors';
import { actionTexts, annualActions } from './annual-report';
import {
  candidateNames,
  checkPersonalData,
  type KnownName,
  type PersonalDataFinding,
  type PublicText,
} from './personal-data-check';
import { Publication, PublicationItem, PublicationKind } from './publication.entity';
import type { Queryable } from './publication-store';

/** What a publication says to the public, and the personal-data check on it (before submission and approval). */

/** The public texts of a publication and its items, named as the findings name them. */
export function publicTexts(p: Publication, items: PublicationItem[]): PublicText[] {
  return [
    { field: 'title', text: p.title },
    { field: 'introduction', text: p.introduction },
    { field: 'learning', text: p.learning ?? '' },
    { field: 'customerExperience', text: p.customerExperience ?? '' },
    { field: 'staffTraining', text: p.staffTraining ?? '' },
    ...[...items]
      .sort((a, b) => a.position - b.position)
      .flatMap((i) => [
        { field: `items[${i.position}].youSaid`, text: i.youSaid },
        { field: `items[${i.position}].weDid`, text: i.weDid },
      ]),
  ];
}

/**
 * The names of the organisation's customers and staff that occur in the texts. Only the texts'
 * two-to-four-word phrases (both orders) are sent to the database: one statement, however many
 * customers there are.
 */
export async function loadKnownNames(
  db: Queryable,
  organisationId: string,
  texts: PublicText[],
): Promise<KnownName[]> {
  const candidates = candidateNames(texts);
  if (candidates.length === 0) return [];
  const rows: { kind: KnownName['kind']; name: string }[] = await db.query(
    `SELECT DISTINCT 'customer_name' AS kind, name FROM customer
      WHERE organisation_id = $1 AND name IS NOT NULL AND lower(regexp_replace(btrim(name), '[^[:alpha:]''’-]+', ' ', 'g')) = ANY($2::text[])
     UNION
     SELECT DISTINCT 'staff_name' AS kind, name FROM person
      WHERE organisation_id = $1 AND lower(regexp_replace(btrim(name), '[^[:alpha:]''’-]+', ' ', 'g')) = ANY($2::text[])`,
    [organisationId, candidates],
  );
  return rows;
}

export async function findingsOf(
  db: Queryable,
  p: Publication,
  items: PublicationItem[],
): Promise<PersonalDataFinding[]> {
  const texts = publicTexts(p, items);
  // The annual report also publishes the public summaries of the year's actions.
  if (p.kind === PublicationKind.annual)
    texts.push(
      ...actionTexts(
        await annualActions(db, p.organisationId, { from: p.periodFrom, to: p.periodTo }),
      ),
    );
  return checkPersonalData(texts, await loadKnownNames(db, p.organisationId, texts));
}

/** BAD_USER_INPUT (rule PERSONAL_DATA) with the findings, when there are any. */
export function assertNoPersonalData(findings: PersonalDataFinding[]): void {
  if (findings.length === 0) return;
  const first = findings[0]!;
  throw new GraphQLError(
    ruleText(
      'PERSONAL_DATA',
      `(${findings.length} finding${findings.length === 1 ? '' : 's'}, first: ${first.kind.replace('_', ' ')} in ${first.field}.)`,
    ),
    { extensions: { code: 'BAD_USER_INPUT', field: first.field, rule: 'PERSONAL_DATA', findings } },
  );
}
