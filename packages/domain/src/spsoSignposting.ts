/**
 * The SPSO's recommended wording for signposting (§75), the default text an organisation's stage 2
 * final response uses to tell the person of their right to go to the SPSO. The model CHP leaves
 * three places for the organisation to fill: its sector, its name and its name again; the rest is
 * the SPSO's text as §75 gives it (the model's "spsso" web addresses are written as the SPSO's own
 * address, www.spso.org.uk: docs/procedure.md, §75).
 *
 * @example
 * spsoRecommendedWording({ organisationName: 'Clyde Homes', sector: 'housing' })
 * // 'Information about the SPSO\n\nThe Scottish Public Services Ombudsman (SPSO) is the final stage for
 * //  complaints about public services in Scotland. This includes complaints about housing associations. …'
 */
export interface SpsoWordingFor {
  organisationName: string;
  /** The organisation's sector ('housing', 'local_authority', 'higher_education', …). */
  sector: string;
}

/** How the SPSO's text names each sector's bodies ("This includes complaints about …"). */
export const SPSO_SECTOR_PHRASE: Record<string, string> = {
  housing: 'housing associations',
  local_authority: 'councils',
  higher_education: 'universities',
  further_education: 'colleges',
  other: 'public bodies',
};

/** §75: the SPSO's recommended wording, with the organisation's name and sector filled in. */
export function spsoRecommendedWording({ organisationName, sector }: SpsoWordingFor): string {
  const name = organisationName.trim() || 'us';
  const bodies = SPSO_SECTOR_PHRASE[sector] ?? SPSO_SECTOR_PHRASE['other']!;
  return [
    'Information about the SPSO',
    `The Scottish Public Services Ombudsman (SPSO) is the final stage for complaints about public services in Scotland. This includes complaints about ${bodies}. The SPSO is an independent organisation that investigates complaints. It is not an advocacy or support service (but there are other organisations who can help you with advocacy or support).`,
    `If you remain dissatisfied when you have had a final response from ${name}, you can ask the SPSO to look at your complaint. You can ask the SPSO to look at your complaint if:`,
    [
      `- you have gone all the way through the ${name} Complaints Handling Procedure`,
      '- it is less than 12 months after you became aware of the matter you want to complain about, and',
      '- the matter has not been (and is not being) considered in court.',
    ].join('\n'),
    'The SPSO will ask you to complete a complaint form and provide a copy of this letter (our final response to your complaint). You can do this online at www.spso.org.uk/complain or call them on Freephone 0800 377 7330.',
    [
      'You may wish to get independent support or advocacy to help you progress your complaint. Organisations who may be able to assist you are:',
      '- Citizens Advice Bureau',
      '- Scottish Independent Advocacy Alliance',
    ].join('\n'),
    [
      "The SPSO's contact details are:",
      'SPSO',
      'Bridgeside House',
      '99 McDonald Road',
      'Edinburgh',
      'EH7 4NS',
      '(if you would like to visit in person, you must make an appointment first)',
    ].join('\n'),
    [
      'Their freepost address is:',
      'FREEPOST SPSO',
      'Freephone: 0800 377 7330',
      'Online contact www.spso.org.uk/contact-us',
      'Website: www.spso.org.uk',
    ].join('\n'),
  ].join('\n\n');
}

/**
 * §74: a housing organisation also tells the person of their right to go to the First-tier
 * Tribunal for Scotland (Housing and Property Chamber) about factoring, shared ownership and
 * private residential tenancies. The model CHP gives no wording for it; this default is the
 * product's (docs/procedure.md, §74).
 */
export const TRIBUNAL_DEFAULT_WORDING =
  'If your complaint is about our factoring service, you are a shared owner, or your complaint is about a private residential tenancy, you also have the right to apply to the First-tier Tribunal for Scotland (Housing and Property Chamber) if you are dissatisfied with our response.';

/** The word for the person complaining when the organisation has not chosen one (docs/procedure.md, Sector settings). */
export function defaultPersonTerm(sector: string): string {
  return sector === 'higher_education' || sector === 'further_education'
    ? 'complainant'
    : 'customer';
}
