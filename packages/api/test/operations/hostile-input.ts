import type { InvalidCase, OperationCase } from './operation-case';
import { withField } from './hostile-call';
import { hostileTextCases } from './hostile-text';
import { hostileDateCases } from './hostile-dates';

/**
 * The hostile-input rows of the bad-input table, added to every operation (issue 20): a NUL
 * byte and a lone surrogate in a text, extreme dates, `null` on each field an update may only
 * leave out, and whitespace-only texts. Each starts from the operation's own valid call and
 * changes one thing.
 */

const nullOn = (op: OperationCase, field: string): InvalidCase => ({
  description: `null for ${field} (leave it out to keep it)`,
  build: (...args) => withField(op, field, null, ...args),
  code: 'BAD_USER_INPUT',
  rule: 'notNull',
  field,
});

const blankOn = (op: OperationCase, field: string): InvalidCase => ({
  description: `only spaces for ${field}`,
  build: (...args) => withField(op, field, ' \t ', ...args),
  code: 'BAD_USER_INPUT',
  rule: 'notBlank',
  field,
});

/** Fields an update may leave out but not clear (`null` is refused with notNull). */
const UPDATE_FIELDS: Record<string, string[]> = {
  updatePerson: ['name', 'role', 'active', 'password'],
  updateServiceArea: ['name', 'active'],
  updateOrganisationSettings: [
    'name',
    'personTerm',
    'cutOffTime',
    'spsoSignposting',
    'publicSmallNumber',
    'earliestRecordDate',
    'sector',
    'financialYearStartMonth',
  ],
  updateRootCause: ['name', 'description', 'active'],
  updateImprovementActionSummary: ['description'],
  updatePublication: ['title', 'introduction'],
  updatePublicationItem: ['youSaid', 'weDid'],
  updateMailSettings: ['reminderLeadDays', 'sendFrom', 'sendUntil'],
  updateMyMailPreferences: [
    'actionReminders',
    'complaintReminders',
    'approvalReminders',
    'weeklyDigest',
    'delivery',
  ],
};

/** Texts that must say something (whitespace only is refused with notBlank). */
const TEXT_FIELDS: Record<string, string[]> = {
  createPerson: ['name'],
  invitePerson: ['name'],
  updatePerson: ['name'],
  updateServiceArea: ['name'],
  updateOrganisationSettings: ['name', 'personTerm', 'spsoSignposting'],
  recordComplaint: ['category', 'summary'],
  extendComplaint: ['reason'],
  addComplaintNote: ['note'],
  recordContactUpdate: ['note'],
  recordPostClosureContact: ['note'],
  createRootCause: ['name'],
  updateRootCause: ['name'],
  proposeImprovementAction: ['title', 'description'],
  updateImprovementActionSummary: ['description'],
  createPublication: ['title'],
  updatePublication: ['title'],
  addPublicationItem: ['youSaid', 'weDid'],
  updatePublicationItem: ['youSaid', 'weDid'],
  withdrawPublication: ['reason'],
  proposeContactRestriction: ['details', 'reason'],
  declineContactRestriction: ['note'],
  reviewContactRestriction: ['note'],
  createOrganisation: ['name', 'administratorName'],
  createOrganisationGroup: ['name'],
};

/** `operations`, each with its hostile-input rows added to its own. */
export function withHostileInput(operations: OperationCase[]): OperationCase[] {
  return operations.map((op) => {
    const extra = [
      ...(op.kind === 'mutation' ? hostileTextCases(op) : []),
      ...hostileDateCases(op),
      ...(UPDATE_FIELDS[op.name] ?? []).map((f) => nullOn(op, f)),
      ...(TEXT_FIELDS[op.name] ?? []).map((f) => blankOn(op, f)),
    ];
    return { ...op, invalid: [...(op.invalid ?? []), ...extra] };
  });
}
