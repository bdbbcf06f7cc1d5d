import { defaultPersonTerm, MONTH_NAMES } from '@chp/domain';
import type {
  OrganisationSettingsInput,
  OrganisationSettingsQuery,
  Sector,
  StageOneResponders,
} from '../generated/graphql';

export type OrganisationSettings = OrganisationSettingsQuery['organisation'];

/** The settings form's values, as typed (every field a string). */
export interface SettingsValues {
  name: string;
  sector: Sector;
  personTerm: string;
  cutOffTime: string;
  population: string;
  populationLabel: string;
  spsoSignposting: string;
  tribunalSignposting: string;
  publicSmallNumber: string;
  earliestRecordDate: string;
  financialYearStartMonth: string;
  /** §21: who may close stage 1. */
  stageOneResponders: StageOneResponders;
}

export const SETTINGS_FIELDS = [
  'name',
  'sector',
  'personTerm',
  'cutOffTime',
  'population',
  'populationLabel',
  'spsoSignposting',
  'tribunalSignposting',
  'publicSmallNumber',
  'earliestRecordDate',
  'financialYearStartMonth',
  'stageOneResponders',
] as const satisfies readonly (keyof SettingsValues)[];

export const SECTOR_OPTIONS: readonly (readonly [Sector, string])[] = [
  ['housing', 'Housing'],
  ['local_authority', 'Local authority'],
  ['higher_education', 'University (higher education)'],
  ['further_education', 'College (further education)'],
  ['other', 'Other public body'],
];

/** §21: who may close a complaint at stage 1. */
export const STAGE_ONE_RESPONDER_OPTIONS: readonly (readonly [StageOneResponders, string])[] = [
  ['handlers_and_managers', 'Complaint handlers and managers only'],
  ['any_staff', 'Any member of staff with a sign-in (§21)'],
];

export const MONTH_OPTIONS: readonly (readonly [string, string])[] = MONTH_NAMES.map(
  (name, i) => [String(i + 1), name] as const,
);

/** The form's starting values: the stored settings. */
export function valuesFrom(o: OrganisationSettings): SettingsValues {
  return {
    name: o.name,
    sector: o.sector,
    personTerm: o.personTerm,
    cutOffTime: o.cutOffTime ?? '',
    population: o.population == null ? '' : String(o.population),
    populationLabel: o.populationLabel ?? '',
    spsoSignposting: o.spsoSignposting,
    tribunalSignposting: o.tribunalSignposting ?? '',
    publicSmallNumber: String(o.publicSmallNumber),
    earliestRecordDate: o.earliestRecordDate,
    financialYearStartMonth: String(o.financialYearStartMonth),
    stageOneResponders: o.stageOneResponders,
  };
}

/**
 * The person term to offer when the sector changes: the new sector's word, unless the
 * administrator had already chosen a word of their own (docs/procedure.md, Sector settings).
 */
export function personTermAfterSectorChange(values: SettingsValues, sector: Sector): string {
  const wasDefault = values.personTerm.trim().toLowerCase() === defaultPersonTerm(values.sector);
  return wasDefault ? defaultPersonTerm(sector) : values.personTerm;
}

const WHOLE = /^\d+$/;
const TIME = /^(([01]\d|2[0-3]):[0-5]\d)?$/;
const TERM = /^\s*\p{L}+([ '-]\p{L}+)?\s*$/u;

/**
 * What the form can tell before sending, by field (the API checks the same rules and answers by
 * field: docs/api.md, updateOrganisationSettings).
 */
export function checkSettings(v: SettingsValues): Record<string, string> {
  const m: Record<string, string> = {};
  if (!v.name.trim()) m['name'] = "Enter the organisation's name.";
  if (!v.personTerm.trim()) m['personTerm'] = 'Enter the word for the person complaining.';
  else if (!TERM.test(v.personTerm))
    m['personTerm'] = 'Use one or two words of letters, like customer or complainant.';
  if (!TIME.test(v.cutOffTime.trim()))
    m['cutOffTime'] = 'Enter a time as HH:MM, like 17:00, or leave it empty for no cut-off.';
  if (v.population.trim() && (!WHOLE.test(v.population.trim()) || Number(v.population) < 1))
    m['population'] = 'Enter a whole number of 1 or more, or leave it empty.';
  const small = Number(v.publicSmallNumber);
  if (!WHOLE.test(v.publicSmallNumber.trim()) || small < 1 || small > 100)
    m['publicSmallNumber'] = 'Enter a whole number from 1 to 100.';
  if (!v.spsoSignposting.trim())
    m['spsoSignposting'] = "Enter the SPSO text, or use the SPSO's recommended wording.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.earliestRecordDate)) m['earliestRecordDate'] = 'Enter a date.';
  return m;
}

/** Only what changed, as the mutation takes it (with the version the form was opened at). */
export function settingsChanges(
  o: OrganisationSettings,
  v: SettingsValues,
): OrganisationSettingsInput {
  const before = valuesFrom(o);
  const input: OrganisationSettingsInput = { version: o.version };
  const changed = (k: keyof SettingsValues) => v[k].trim() !== before[k].trim();
  if (changed('name')) input.name = v.name.trim();
  if (v.sector !== before.sector) input.sector = v.sector;
  if (changed('personTerm')) input.personTerm = v.personTerm.trim();
  if (changed('cutOffTime')) input.cutOffTime = v.cutOffTime.trim();
  if (changed('population'))
    input.population = v.population.trim() ? Number(v.population.trim()) : null;
  if (changed('populationLabel')) input.populationLabel = v.populationLabel.trim();
  if (v.spsoSignposting !== before.spsoSignposting) input.spsoSignposting = v.spsoSignposting;
  if (v.tribunalSignposting !== before.tribunalSignposting)
    input.tribunalSignposting = v.tribunalSignposting;
  if (changed('publicSmallNumber')) input.publicSmallNumber = Number(v.publicSmallNumber);
  if (changed('earliestRecordDate')) input.earliestRecordDate = v.earliestRecordDate;
  if (changed('financialYearStartMonth'))
    input.financialYearStartMonth = Number(v.financialYearStartMonth);
  if (v.stageOneResponders !== before.stageOneResponders)
    input.stageOneResponders = v.stageOneResponders;
  return input;
}
