import { londonDateTime } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { checkVersion, mutate } from '../../core/mutation';
import { calendarChanged } from '../calendar';
import { Organisation } from './organisation.entity';
import { organisationError } from './organisation.errors';
import type { OrganisationSettingsInput } from './organisation.inputs';

/**
 * The administrator changes the organisation's settings, in one transaction: version-checked,
 * audited, and refused whole when one value breaks a rule. A new cut-off time moves the day one
 * and the due dates of complaints (docs/procedure.md, Calendar and day one), so the complaints'
 * stored deadlines are refreshed in the same transaction.
 */
export function updateOrganisationSettings(
  ctx: ChpContext,
  settings: OrganisationSettingsInput,
): Promise<Organisation> {
  return mutate(ctx, 'updateOrganisationSettings', async (tx) => {
    const organisation = await tx.em.getRepository(Organisation).findOne({
      where: { id: tx.viewer.organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!organisation) throw notFound('Organisation');
    checkVersion('Organisation', organisation, settings.version);
    const today = londonDateTime(tx.now.toISOString()).date;
    if (settings.earliestRecordDate !== undefined && settings.earliestRecordDate > today)
      throw organisationError('EARLIEST_RECORD_DATE_NOT_IN_FUTURE', `(${today})`);
    const { version: _v, cutOffTime, populationLabel, tribunalSignposting, ...rest } = settings;
    const changes: Partial<Organisation> = Object.fromEntries(
      Object.entries(rest).filter(([, v]) => v !== undefined),
    );
    if (typeof changes.name === 'string') changes.name = changes.name.trim();
    if (typeof changes.personTerm === 'string')
      changes.personTerm = changes.personTerm.trim().toLowerCase();
    if (cutOffTime !== undefined) changes.cutOffTime = cutOffTime === '' ? null : cutOffTime;
    // optional texts: an empty one clears the setting
    if (populationLabel !== undefined) changes.populationLabel = populationLabel?.trim() || null;
    if (tribunalSignposting !== undefined)
      changes.tribunalSignposting = tribunalSignposting?.trim() || null;
    const cutOffMoved =
      changes.cutOffTime !== undefined && changes.cutOffTime !== organisation.cutOffTime;
    Object.assign(organisation, changes, {
      version: organisation.version + 1,
      updatedAt: tx.now,
    });
    await tx.em.getRepository(Organisation).save(organisation);
    if (cutOffMoved) await calendarChanged(tx.em, organisation.id);
    await tx.audit({
      organisationId: organisation.id,
      entity: 'organisation',
      entityId: organisation.id,
      changes,
    });
    return organisation;
  });
}
