import { Field, ObjectType } from 'type-graphql';

@ObjectType('Health', { description: 'Whether the platform and its database are working.' })
export class Health {
  @Field(() => String, { description: '"ok" when the API answers.' })
  status!: string;

  @Field(() => Boolean, { description: 'True when the database answers a query.' })
  database!: boolean;

  @Field(() => String, { description: 'The API version.' })
  version!: string;

  @Field(() => String, {
    description:
      'The stage 1 due date (day 5, YYYY-MM-DD) of a complaint received now, from the @chp/domain rules; proves they are wired in.',
  })
  stage1DueIfReceivedNow!: string;
}
