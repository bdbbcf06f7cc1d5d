import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { SEES_PERSONAL_DATA } from '../../core/role';
import { PreferredContact } from './complaint.enums';
import { DateTime } from '../../core/scalars';
import type { AccessibleFormat, ConsentScope } from './customer-side.types';

/**
 * The person who complained, kept apart from the complaint so personal data can be withheld
 * and later anonymised. Every personal field is guarded (docs/procedure.md, What every complaint records; Part 1 §15–18).
 */
@ObjectType()
@Entity({ name: 'customer' })
export class Customer {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  name!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  email!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  phone!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  postcode!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => PreferredContact, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  preferredContact!: PreferredContact | null;

  @Column({ type: 'varchar', nullable: true }) representativeName!: string | null;
  @Column({ type: 'varchar', nullable: true }) representativeRelationship!: string | null;
  @Column({ type: 'varchar', nullable: true }) representativeEmail!: string | null;
  @Column({ type: 'varchar', nullable: true }) representativePhone!: string | null;
  @Column({ type: 'text', nullable: true }) representativeAddress!: string | null;
  @Column({ type: 'date', nullable: true }) consentGivenOn!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) consentScope!: ConsentScope[];
  @Column({ type: 'text', nullable: true }) consentNote!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) supportFormats!: AccessibleFormat[];
  @Column({ type: 'varchar', nullable: true }) interpreterLanguage!: string | null;
  @Column({ type: 'boolean', default: false }) bsl!: boolean;
  @Column({ type: 'varchar', nullable: true }) supportContact!: string | null;
  @Column({ type: 'text', nullable: true }) supportOther!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => Boolean, {
    description:
      'Agreed to a satisfaction survey by e-mail (docs/procedure.md, Satisfaction survey)',
  })
  @Column({ type: 'boolean', default: false })
  surveyConsent!: boolean;

  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
