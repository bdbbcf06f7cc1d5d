/**
 * People: staff, their roles and service areas, and their passwords.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { hashPassword, verifyPassword, PasswordCheckBusy } from './password';
export { assertAcceptablePassword } from './password-policy';
export { personById, serviceAreaById } from './people.loaders';
export { PeopleResolver } from './people.resolver';
export { assertServiceAreaInOrganisation, createPerson, endSessionsOf } from './people.service';
export { Person } from './person.entity';
export { ServiceArea } from './service-area.entity';
export { ServiceAreaResolver } from './service-area.resolver';
