import type { EntitySchema } from 'typeorm';

/** Every TypeORM entity of the API; each module adds its own here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const entities: (Function | EntitySchema)[] = [];
