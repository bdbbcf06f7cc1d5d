import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date in Europe/London, 'YYYY-MM-DD' (the domain's IsoDate). */
export const LocalDate = LocalDateResolver;
/** An instant, ISO 8601 with offset. */
export const DateTime = DateTimeResolver;
