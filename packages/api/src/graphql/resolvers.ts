import { HealthResolver } from './health.resolver';

/** Every resolver class of the schema; each module adds its own here. */
export const resolvers = [HealthResolver] as const;
