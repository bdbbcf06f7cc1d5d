import { GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** The years a date the API takes may fall in; anything outside is a typing mistake. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

function yearOf(value: unknown): number | null {
  if (value instanceof Date) return value.getUTCFullYear();
  if (typeof value === 'string') {
    const m = /^(-?\d{4,})-/.exec(value);
    return m ? Number(m[1]) : null;
  }
  return null;
}

/**
 * A date outside 1900 to 2100, as parsed: not refused by the scalar itself (GraphQL would then
 * answer an inline one as a validation failure without the field), but by the input guard
 * (input-guard.ts), which names the argument and answers BAD_USER_INPUT `dateInRange`.
 */
export class OutOfRangeDate {
  constructor(readonly value: unknown) {}
}

/** `base` with the same name and format; a year before 1900 or after 2100 parses to {@link OutOfRangeDate}. */
function withinYears(base: GraphQLScalarType): GraphQLScalarType {
  const inRange = (value: unknown): unknown => {
    const year = yearOf(value);
    return year !== null && (year < EARLIEST_YEAR || year > LATEST_YEAR)
      ? new OutOfRangeDate(value)
      : value;
  };
  return new GraphQLScalarType({
    name: base.name,
    description: `${base.description ?? ''} Years ${EARLIEST_YEAR} to ${LATEST_YEAR}.`.trim(),
    specifiedByURL: base.specifiedByURL,
    serialize: (value) => base.serialize(value),
    parseValue: (value) => inRange(base.parseValue(value)),
    parseLiteral: (ast: ValueNode, variables) => inRange(base.parseLiteral(ast, variables)),
    extensions: base.extensions,
  });
}

/** A calendar date in Europe/London, 'YYYY-MM-DD' (the domain's IsoDate), years 1900 to 2100. */
export const LocalDate = withinYears(LocalDateResolver);
/** An instant, ISO 8601 with offset, years 1900 to 2100. */
export const DateTime = withinYears(DateTimeResolver);
