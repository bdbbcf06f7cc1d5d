import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Records ended with an outcome beyond the four, by the local date it was recorded: none is a closure (docs/procedure.md, Before stage 1)',
})
export class OtherOutcomeFigures {
  @Field(() => Int, {
    description: 'Not a complaint: enquiries, requests for service and others signposted (§12)',
  })
  notAComplaint!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Int) outOfTime!: number;
  @Field(() => Int) duplicate!: number;
}
