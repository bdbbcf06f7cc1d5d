import { Init1795392000000 } from './1795392000000-init';

/** Every migration, oldest first. */
export const migrations = [Init1795392000000];
