import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../core/scalars';
import { Organisation } from '../organisations';
import { Person } from '../people';

@ObjectType({
  description: 'A new organisation, its first administrator and their invitation link',
})
export class CreatedOrganisation {
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => Person) administrator!: Person;
  @Field(() => String, {
    description:
      'The single-use link (/set-password#token=…) for the administrator to set their password; shown this once, pass it on',
  })
  passwordLinkPath!: string;
  @Field(() => DateTime) passwordLinkExpiresAt!: Date;
}

@ObjectType({
  description: 'A member of staff and their organisation, as the platform administrator sees them',
})
export class PlatformPerson {
  @Field(() => Person) person!: Person;
  @Field(() => Organisation, { description: 'Its group says whose figures group access reads' })
  organisation!: Organisation;
}
