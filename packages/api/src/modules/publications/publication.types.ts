import { Field, Int, ObjectType } from 'type-graphql';
import { ImprovementAction } from '../learning';
import type { PersonalDataFinding } from './personal-data-check';
import { Publication } from './publication.entity';

/** The publication module's GraphQL page and finding types. */

@ObjectType()
export class PublicationPage {
  @Field(() => [Publication]) items!: Publication[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType()
export class PublicationCandidatePage {
  @Field(() => [ImprovementAction], {
    description: 'Done or verified actions completed in the quarter, most recent first',
  })
  items!: ImprovementAction[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType()
export class PersonalDataFindingType implements PersonalDataFinding {
  @Field(() => String, { description: "'title', 'introduction', 'items[2].weDid', ..." })
  field!: string;
  @Field(() => String, {
    description: 'customer_name, staff_name, email, phone, postcode, address or reference',
  })
  kind!: PersonalDataFinding['kind'];
  @Field(() => String) excerpt!: string;
}
