import { Init1795392000000 } from './1795392000000-init';
import { ComplaintsSchema1795400000000 } from './1795400000000-complaints-schema';

/** Every migration, oldest first. */
export const migrations = [Init1795392000000, ComplaintsSchema1795400000000];
