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

/** Strings a scalar has already sent as they are: every date from 1900 to 2100 fits (73,000). */
const MAX_KNOWN_STRINGS = 100_000;

/**
 * `base` with the same name and format; a year before 1900 or after 2100 parses to {@link OutOfRangeDate}.
 * A string it has sent once as it is goes again without being checked (issue 19: checking a date
 * builds a Date and formats it back, and a register page sends a hundred dates, mostly the same few).
 */
function withinYears(base: GraphQLScalarType): GraphQLScalarType {
  const sentAsIs = new Set<string>();
  const serialize = (value: unknown): unknown => {
    if (typeof value === 'string' && sentAsIs.has(value)) return value;
    const sent = base.serialize(value);
    if (typeof value === 'string' && sent === value && sentAsIs.size < MAX_KNOWN_STRINGS)
      sentAsIs.add(value);
    return sent;
  };
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
    serialize,
    parseValue: (value) => inRange(base.parseValue(value)),
    parseLiteral: (ast: ValueNode, variables) => inRange(base.parseLiteral(ast, variables)),
    extensions: base.extensions,
  });
}

/** A calendar date in Europe/London, 'YYYY-MM-DD' (the domain's IsoDate), years 1900 to 2100. */
export const LocalDate = withinYears(LocalDateResolver);
/** An instant, ISO 8601 with offset, years 1900 to 2100. */
export const DateTime = withinYears(DateTimeResolver);
