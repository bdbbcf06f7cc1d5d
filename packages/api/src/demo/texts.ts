/**
 * Word lists for the demo data, by theme. Everything is clearly synthetic: telephone numbers come
 * from Ofcom's ranges reserved for drama (0141 496 0000–0999, 07700 900000–900999), e-mail
 * addresses are at example.org, and the names and streets are common ones put together at random.
 */
export * from './texts/people';
export * from './texts/areas';
export * from './texts/complaints';
export * from './texts/actions';
