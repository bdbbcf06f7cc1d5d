import { Field, ObjectType } from 'type-graphql';
import type { FieldChange } from '@chp/domain';
import { PERSONAL_FIELDS } from './corrections.service';

/** One detail a `corrected` journey step changed (docs/procedure.md, Correcting a record). */
@ObjectType({ description: 'One corrected detail: which, and its value before and after' })
export class CorrectedField {
  @Field(() => String, {
    description:
      'serviceAreaId, category, channel, summary, outcomeSought, serious, seriousStageOneReason, awareOn, handlerId, namedStaffIds or customer.<name|email|phone|address|postcode|preferredContact>',
  })
  field!: string;
  @Field(() => Boolean, { description: 'A detail that is personal data' })
  personal!: boolean;
  @Field(() => Boolean, {
    description: 'The values are withheld: personal data, and your role does not see it',
  })
  withheld!: boolean;
  @Field(() => String, { nullable: true, description: 'The value before (lists comma-separated)' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'The value after' })
  after!: string | null;
}

const text = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : Array.isArray(v)
      ? v.map((x) => String(x)).join(', ')
      : typeof v === 'string'
        ? v
        : JSON.stringify(v);

/** The changes of a `corrected` step as a reader sees them: personal values only to those who see personal data. */
export function correctedFields(
  payload: Record<string, unknown>,
  seesPersonal: boolean,
): CorrectedField[] {
  const changes = Array.isArray(payload['changes']) ? (payload['changes'] as FieldChange[]) : [];
  return changes.map((ch) => {
    const personal = PERSONAL_FIELDS.has(ch.field);
    const withheld = personal && !seesPersonal;
    return {
      field: ch.field,
      personal,
      withheld,
      before: withheld ? null : text(ch.before),
      after: withheld ? null : text(ch.after),
    };
  });
}
