import type { OperationCase } from './operation-case';
import { peopleOperations } from './people.operations';
import { learningOperations } from './learning.operations';
import { complaintOperations } from './complaints.operations';
import { analyticsOperations } from './analytics.operations';
import { publicationOperations } from './publications.operations';

/** Every query and mutation, described for the access, bad-input and cross-organisation suites. */
export const operations: OperationCase[] = [
  ...peopleOperations,
  ...learningOperations,
  ...complaintOperations,
  ...analyticsOperations,
  ...publicationOperations,
];

/** Root fields tested on their own (sign-in has no role; health is public). */
export const TESTED_ELSEWHERE = ['health', 'signIn', 'signOut'];
