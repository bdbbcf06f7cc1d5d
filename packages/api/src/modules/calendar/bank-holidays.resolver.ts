import { Arg, Authorized, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  MAX_PERIOD_YEAR,
  MIN_PERIOD_YEAR,
  scottishBankHolidayName,
  scottishBankHolidays,
} from '@chp/domain';
import { badInput, ruleText } from '../../core/errors';
import { LocalDate } from '../../core/scalars';

@ObjectType({ description: 'A Scottish bank holiday: never a working day (Appendix 1 §1)' })
export class BankHoliday {
  @Field(() => LocalDate) date!: string;
  @Field(() => String, { description: "Its name, e.g. 'St Andrew’s Day (substitute day)'" })
  name!: string;
}

/** The Scottish bank holidays @chp/domain counts, for the closure-day calendar. */
@Resolver()
export class BankHolidayResolver {
  @Authorized()
  @Query(() => [BankHoliday], {
    description: `The Scottish bank holidays of a year (${MIN_PERIOD_YEAR} to ${MAX_PERIOD_YEAR}), substitute and one-off days included, as the procedure counts them; not editable`,
  })
  bankHolidays(@Arg('year', () => Int) year: number): BankHoliday[] {
    if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR)
      throw badInput(
        'year',
        'yearInRange',
        ruleText('yearInRange', `(${year})`, { field: 'year' }),
      );
    return scottishBankHolidays(year).map((date) => ({
      date,
      name: scottishBankHolidayName(date)?.name ?? 'Bank holiday',
    }));
  }
}
