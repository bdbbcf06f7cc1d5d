import { must } from './must';
import { recordComplaint, type ComplaintRef } from './complaints';
import type { World, WorldOrganisation, WorldPerson } from './world';

/**
 * The investigation file through the API (docs/procedure.md, The investigation file). The
 * suites' clock stands at Monday 2 March 2026; a stage 2 complaint recorded then is open.
 */
export const INVESTIGATION = `query($complaintId: ID!) { complaintInvestigation(complaintId: $complaintId) {
  complaintId open extensionSuggested
  plan { whatHappened whatShouldHaveHappened difference evidenceNeeded version }
  meetings { id heldOn staffPresent customerSidePresent recordFormat recordDueOn recordSentOn recordState version }
  alternativeResolutions { id approach description startedOn endedOn result version }
  evidence { id fileName kind sizeBytes description }
  report { text fileId writtenOn writtenById version } } }`;

export const SAVE_PLAN = `mutation($complaintId: ID!, $version: Int!, $whatHappened: String!, $whatShouldHaveHappened: String!, $difference: String!, $evidenceNeeded: String!) {
  saveInvestigationPlan(complaintId: $complaintId, version: $version, whatHappened: $whatHappened, whatShouldHaveHappened: $whatShouldHaveHappened, difference: $difference, evidenceNeeded: $evidenceNeeded) { complaintId version whatHappened } }`;

export const ADD_MEETING = `mutation($complaintId: ID!, $heldOn: LocalDate!, $staffPresent: String!, $customerSidePresent: String!, $recordFormat: MeetingRecordFormat!, $recordDueOn: LocalDate, $recordSentOn: LocalDate) {
  addInvestigationMeeting(complaintId: $complaintId, heldOn: $heldOn, staffPresent: $staffPresent, customerSidePresent: $customerSidePresent, recordFormat: $recordFormat, recordDueOn: $recordDueOn, recordSentOn: $recordSentOn) { id recordDueOn recordState version } }`;

export const RECORD_SENT = `mutation($meetingId: ID!, $version: Int!, $sentOn: LocalDate!) {
  recordMeetingRecordSent(meetingId: $meetingId, version: $version, sentOn: $sentOn) { id recordSentOn recordState version } }`;

export const ADD_ALTERNATIVE = `mutation($complaintId: ID!, $approach: AlternativeResolutionApproach!, $description: String, $startedOn: LocalDate!, $endedOn: LocalDate, $result: String) {
  addAlternativeResolution(complaintId: $complaintId, approach: $approach, description: $description, startedOn: $startedOn, endedOn: $endedOn, result: $result) { id approach version } }`;

export const RECORD_RESULT = `mutation($alternativeResolutionId: ID!, $version: Int!, $endedOn: LocalDate!, $result: String!) {
  recordAlternativeResolutionResult(alternativeResolutionId: $alternativeResolutionId, version: $version, endedOn: $endedOn, result: $result) { id endedOn result version } }`;

export const SAVE_REPORT = `mutation($complaintId: ID!, $version: Int!, $text: String!, $fileId: ID, $writtenOn: LocalDate!) {
  saveInvestigationReport(complaintId: $complaintId, version: $version, text: $text, fileId: $fileId, writtenOn: $writtenOn) { complaintId version text fileId } }`;

export const DELETE_EVIDENCE = `mutation($fileId: ID!) { deleteEvidenceFile(fileId: $fileId) }`;

export const planInput = (complaintId: string, version = 0) => ({
  complaintId,
  version,
  whatHappened: 'Two repair appointments were missed',
  whatShouldHaveHappened: 'Repairs policy: urgent repairs within 3 working days',
  difference: 'Yes: the contractor did not attend and nobody called',
  evidenceNeeded: 'Job log, call records, contractor timesheets',
});

export const meetingInput = (complaintId: string, overrides: Record<string, unknown> = {}) => ({
  complaintId,
  heldOn: '2026-03-02',
  staffPresent: 'Investigating officer; repairs manager',
  customerSidePresent: 'Morag Tenant and her representative',
  recordFormat: 'written',
  recordDueOn: '2026-03-09',
  ...overrides,
});

export const stageTwoComplaint = (world: World, org: WorldOrganisation): Promise<ComplaintRef> =>
  recordComplaint(world, org, { stage: 2 });

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** POST /evidence as `as`: the file as an application/octet-stream body. */
export async function uploadEvidence(
  world: World,
  as: WorldPerson,
  complaintId: string,
  fileName: string,
  body: Buffer | ReadableStream<Uint8Array>,
  contentType = 'application/octet-stream',
) {
  const query = new URLSearchParams({ complaintId, fileName, description: 'Contractor job log' });
  const res = await fetch(`${world.url}/evidence?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${as.token}` },
    body,
    ...(body instanceof Buffer ? {} : { duplex: 'half' }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** GET /evidence/:id as `as`. */
export async function downloadEvidence(world: World, as: WorldPerson | null, fileId: string) {
  const res = await fetch(`${world.url}/evidence/${fileId}`, {
    headers: as ? { authorization: `Bearer ${as.token}` } : {},
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A stage 2 complaint with one PDF evidence file uploaded by its handler. */
export async function complaintWithEvidence(world: World, org: WorldOrganisation) {
  const complaint = await stageTwoComplaint(world, org);
  const { status, body } = await uploadEvidence(
    world,
    org.people.handler,
    complaint.id,
    'log.pdf',
    PDF,
  );
  if (status !== 201) throw new Error(`upload failed: ${status} ${JSON.stringify(body)}`);
  return { complaint, fileId: body['id'] as string };
}

export async function meeting(world: World, org: WorldOrganisation, complaintId: string) {
  const data = await must(
    world,
    { query: ADD_MEETING, variables: meetingInput(complaintId) },
    org.people.handler,
  );
  return data.addInvestigationMeeting as { id: string; version: number };
}

export async function mediation(world: World, org: WorldOrganisation, complaintId: string) {
  const data = await must(
    world,
    {
      query: ADD_ALTERNATIVE,
      variables: { complaintId, approach: 'mediation', startedOn: '2026-03-02' },
    },
    org.people.handler,
  );
  return data.addAlternativeResolution as { id: string; version: number };
}
