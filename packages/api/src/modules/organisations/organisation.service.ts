import { randomUUID } from 'node:crypto';
import {
  defaultPersonTerm,
  defaultReportingYearStartMonth,
  spsoRecommendedWording,
} from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { DEFAULT_ROOT_CAUSES } from '../learning';
import { rebuildWorkingDays } from '../calendar';
import { Sector } from './organisation.entity';

export interface NewOrganisation {
  name: string;
  slug: string;
  sector: Sector;
  groupId?: string | null;
  personTerm?: string;
  cutOffTime?: string | null;
  population?: number | null;
  populationLabel?: string | null;
  spsoSignposting?: string;
  tribunalSignposting?: string | null;
}

/** Creates an organisation with the default root-cause taxonomy and the sector's defaults. Returns its id. */
export async function createOrganisation(
  em: EntityManager,
  input: NewOrganisation,
): Promise<string> {
  const id = randomUUID();
  const higherEducation =
    input.sector === Sector.higher_education || input.sector === Sector.further_education;
  await em.query(
    `INSERT INTO organisation (id, name, slug, group_id, sector, person_term, cut_off_time, population, population_label,
                               spso_signposting, tribunal_signposting, financial_year_start_month)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      id,
      input.name,
      input.slug,
      input.groupId ?? null,
      input.sector,
      input.personTerm ?? defaultPersonTerm(input.sector),
      // docs/procedure.md, Sector settings: higher education moves receipts after 17:00 to the next working day
      input.cutOffTime !== undefined ? input.cutOffTime : higherEducation ? '17:00' : null,
      input.population ?? null,
      input.populationLabel ?? null,
      // §75: the SPSO's recommended wording unless the organisation has its own
      input.spsoSignposting ??
        spsoRecommendedWording({ organisationName: input.name, sector: input.sector }),
      input.tribunalSignposting ?? null,
      // docs/procedure.md, Reporting and publishing: colleges and universities report by academic year
      defaultReportingYearStartMonth(input.sector),
    ],
  );
  for (const group of DEFAULT_ROOT_CAUSES) {
    const parentId = randomUUID();
    await em.query(
      `INSERT INTO root_cause (organisation_id, id, name, description) VALUES ($1, $2, $3, $4)`,
      [id, parentId, group.name, group.description],
    );
    for (const child of group.children) {
      await em.query(
        `INSERT INTO root_cause (organisation_id, id, parent_id, name) VALUES ($1, $2, $3, $4)`,
        [id, randomUUID(), parentId, child],
      );
    }
  }
  await rebuildWorkingDays(em, id);
  return id;
}
