import { assignableAsHandler, type ImportContext, type TimelineSettings } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { loadTimelineSettings } from '../complaints';

/**
 * The organisation's names an import maps values to (service areas, root causes, people who may
 * handle complaints, people who may own improvement actions; lower-cased) and its settings, read once per import. Unknown service areas
 * and root causes are created only when the import is confirmed (`createUnknown`).
 */
export class ImportLookups {
  private constructor(
    private readonly em: EntityManager,
    readonly organisationId: string,
    readonly settings: TimelineSettings,
    readonly context: Omit<ImportContext, 'today' | 'createUnknown'>,
    private readonly areas: Map<string, string>,
    private readonly causes: Map<string, string>,
    private readonly people: Map<string, string>,
    private readonly owners: Map<string, string>,
  ) {}

  static async load(em: EntityManager, organisationId: string): Promise<ImportLookups> {
    const settings = await loadTimelineSettings(em, organisationId);
    const [org] = await em.query<{ earliest: string; months: number; sector: string }[]>(
      `SELECT to_char(earliest_record_date, 'YYYY-MM-DD') AS earliest, complaint_time_limit_months AS months, sector
         FROM organisation WHERE id = $1`,
      [organisationId],
    );
    const byName = async (sql: string) =>
      new Map(
        (await em.query<{ name: string; id: string }[]>(sql, [organisationId])).map((r) => [
          r.name.toLowerCase(),
          r.id,
        ]),
      );
    const areas = await byName(
      `SELECT name, id FROM service_area WHERE organisation_id = $1 AND active`,
    );
    const causes = await byName(
      `SELECT name, id FROM root_cause WHERE organisation_id = $1 ORDER BY parent_id NULLS FIRST`,
    );
    const people = new Map<string, string>();
    const owners = new Map<string, string>();
    const rows = await em.query<{ id: string; name: string; email: string; role: string }[]>(
      `SELECT id, name, email, role FROM person WHERE organisation_id = $1 AND active`,
      [organisationId],
    );
    const add = (map: Map<string, string>, p: { id: string; name: string; email: string }) => {
      map.set(p.email.toLowerCase(), p.id);
      if (!map.has(p.name.toLowerCase())) map.set(p.name.toLowerCase(), p.id);
    };
    for (const p of rows.filter((r) => assignableAsHandler(r.role as never))) add(people, p);
    // an improvement action's owner is any active member of staff (as on the action form)
    for (const p of rows) add(owners, p);
    return new ImportLookups(
      em,
      organisationId,
      settings,
      {
        settings,
        earliestRecordDate: org?.earliest ?? '2000-01-01',
        timeLimitMonths: org?.months ?? undefined,
        sector: org?.sector ?? null,
        serviceAreas: new Set(areas.keys()),
        rootCauses: new Set(causes.keys()),
        people: new Set(people.keys()),
      },
      areas,
      causes,
      people,
      owners,
    );
  }

  serviceAreaId(name: string): string {
    return this.must(this.areas, name);
  }
  rootCauseId(name: string): string {
    return this.must(this.causes, name);
  }
  personId(nameOrEmail: string): string {
    return this.must(this.people, nameOrEmail);
  }
  ownerId(nameOrEmail: string): string {
    return this.must(this.owners, nameOrEmail);
  }
  /** Names and e-mails of the people who may own an improvement action (lower-cased). */
  get ownerNames(): ReadonlySet<string> {
    return new Set(this.owners.keys());
  }
  isKnownHandler = (nameOrEmail: string) => this.people.has(nameOrEmail.trim().toLowerCase());
  isKnownOwner = (nameOrEmail: string) => this.owners.has(nameOrEmail.trim().toLowerCase());
  isKnownServiceArea = (name: string) => this.areas.has(name.trim().toLowerCase());
  isKnownRootCause = (name: string) => this.causes.has(name.trim().toLowerCase());

  /** Creates the service areas and root causes not known yet (the confirmed import only). */
  async createMissing(serviceAreas: string[], rootCauses: string[]): Promise<void> {
    for (const name of serviceAreas) {
      if (this.isKnownServiceArea(name)) continue;
      const [row] = await this.em.query<{ id: string }[]>(
        `INSERT INTO service_area (organisation_id, name) VALUES ($1, $2) RETURNING id`,
        [this.organisationId, name.trim()],
      );
      this.areas.set(name.trim().toLowerCase(), row!.id);
    }
    for (const name of rootCauses) {
      if (this.isKnownRootCause(name)) continue;
      const [row] = await this.em.query<{ id: string }[]>(
        `INSERT INTO root_cause (organisation_id, name) VALUES ($1, $2) RETURNING id`,
        [this.organisationId, name.trim()],
      );
      this.causes.set(name.trim().toLowerCase(), row!.id);
    }
  }

  private must(map: Map<string, string>, name: string): string {
    const id = map.get(name.trim().toLowerCase());
    if (!id) throw new Error(`import: no id for ${name}`);
    return id;
  }
}
