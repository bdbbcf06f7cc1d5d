import { IsOptional, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class MyWorkArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Only the first items, most urgent first (the dashboard shows 10, then "Show all"); every item when left out. total and counts always count every item',
  })
  @IsOptional()
  @Min(0)
  first?: number | null;
}
