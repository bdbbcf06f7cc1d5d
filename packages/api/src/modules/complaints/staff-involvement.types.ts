import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../core/scalars';
import { Person } from '../people';

/** What of the complaint was shared with the member of staff (§48). */
export enum StaffSharing {
  in_full = 'in_full',
  summary = 'summary',
  nothing = 'nothing',
}
registerEnumType(StaffSharing, {
  name: 'StaffSharing',
  description: 'What of the complaint was shared with a member of staff complained about (§48)',
});

/** How a member of staff was told or updated (§48, §62). */
export enum StaffContactMethod {
  in_person = 'in_person',
  phone = 'phone',
  video_call = 'video_call',
  email = 'email',
  letter = 'letter',
}
registerEnumType(StaffContactMethod, { name: 'StaffContactMethod' });

@ObjectType({ description: 'An update sent to a member of staff complained about (§62)' })
export class StaffUpdate {
  @Field(() => DateTime) at!: Date;
  @Field(() => StaffContactMethod) how!: StaffContactMethod;
}

@ObjectType({
  description:
    'A member of staff named in (or identifiable from) the complaint, and what they were told (§25, §33, §48, §62, §68)',
})
export class NamedStaffMember {
  @Field(() => ID) personId!: string;
  @Field(() => Person) person!: Person;
  @Field(() => DateTime, { nullable: true, description: 'When they were named on the record' })
  namedAt!: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'When they were told (§48)' })
  toldAt!: Date | null;
  @Field(() => StaffContactMethod, { nullable: true }) toldHow!: StaffContactMethod | null;
  @Field(() => StaffSharing, { nullable: true }) shared!: StaffSharing | null;
  @Field(() => String, {
    nullable: true,
    description: 'The compelling reason for sharing nothing of the complaint (§48)',
  })
  notSharedReason!: string | null;
  @Field(() => Person, {
    nullable: true,
    description: 'Their support contact: never the investigator nor the person signing off (§48)',
  })
  supportContact!: Person | null;
  @Field(() => [StaffUpdate], { description: 'Updates sent to them, oldest first (§62)' })
  updates!: StaffUpdate[];
  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the next update is owed to them while stage 2 is extended (§62)',
  })
  nextUpdateDue!: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the part of the response about them was shared with them (§33, §68)',
  })
  responseSharedOn!: string | null;
}
