import { ArgsType, Field, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';

/** Every list is paginated: at most 100 rows a page. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(100)
  limit: number = 25;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;
}
