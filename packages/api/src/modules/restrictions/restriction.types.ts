import { Field, Int, ObjectType } from 'type-graphql';
import { ContactRestriction } from './contact-restriction.entity';

@ObjectType()
export class ContactRestrictionPage {
  @Field(() => [ContactRestriction]) items!: ContactRestriction[];
  @Field(() => Int) totalCount!: number;
}
