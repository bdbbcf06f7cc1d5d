import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from './support/must';
import { closeStageOne } from './support/complaint-stages';
import { recordComplaint } from './support/complaints';
import {
  ADD_ALTERNATIVE,
  ADD_MEETING,
  DELETE_EVIDENCE,
  INVESTIGATION,
  PDF,
  RECORD_SENT,
  SAVE_PLAN,
  SAVE_REPORT,
  complaintWithEvidence,
  downloadEvidence,
  meetingInput,
  planInput,
  stageTwoComplaint,
  uploadEvidence,
} from './support/investigation';
import { createWorld, tableCounts, type World } from './support/world';

/**
 * The investigation file of a stage 2 complaint (docs/procedure.md, The investigation file),
 * against the real PostgreSQL. The clock stands at Monday 2 March 2026.
 */
describe('the investigation file (§50, §54–59)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const read = async (complaintId: string) =>
    (
      await must(
        world,
        { query: INVESTIGATION, variables: { complaintId } },
        world.org.people.handler,
      )
    ).complaintInvestigation;

  const auditRows = (entityId: string) =>
    world.db.dataSource.query<{ operation: string; changes: Record<string, unknown> }[]>(
      `SELECT operation, changes FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );

  it('keeps the plan with its four parts and a version (§50)', async () => {
    const c = await stageTwoComplaint(world, world.org);
    await must(world, { query: SAVE_PLAN, variables: planInput(c.id) }, world.org.people.handler);
    await must(
      world,
      {
        query: SAVE_PLAN,
        variables: { ...planInput(c.id, 1), difference: 'Yes, and we are responsible' },
      },
      world.org.people.manager,
    );
    const file = await read(c.id);
    expect(file.plan).toMatchObject({
      whatHappened: 'Two repair appointments were missed',
      difference: 'Yes, and we are responsible',
      version: 2,
    });
    expect(
      (await auditRows(c.id)).filter((r) => r.operation === 'saveInvestigationPlan'),
    ).toHaveLength(2);
  });

  it('shows the record of a meeting as due on the date the customer was told, then overdue (§59)', async () => {
    const c = await stageTwoComplaint(world, world.org);
    const { addInvestigationMeeting: m } = await must(
      world,
      { query: ADD_MEETING, variables: meetingInput(c.id, { recordDueOn: '2026-03-04' }) },
      world.org.people.handler,
    );
    expect(m).toMatchObject({ recordDueOn: '2026-03-04', recordState: 'due' });
    world.setNow('2026-03-05T10:00:00Z');
    try {
      expect((await read(c.id)).meetings[0].recordState).toBe('overdue');
      const { recordMeetingRecordSent: sent } = await must(
        world,
        { query: RECORD_SENT, variables: { meetingId: m.id, version: 1, sentOn: '2026-03-05' } },
        world.org.people.handler,
      );
      expect(sent).toMatchObject({
        recordSentOn: '2026-03-05',
        recordState: 'sent_late',
        version: 2,
      });
    } finally {
      world.setNow('2026-03-02T10:00:00Z');
    }
  });

  it('makes the record due 5 working days after the meeting when no timescale is given (§59)', async () => {
    const c = await stageTwoComplaint(world, world.org);
    const { addInvestigationMeeting: m } = await must(
      world,
      { query: ADD_MEETING, variables: meetingInput(c.id, { recordDueOn: null }) },
      world.org.people.handler,
    );
    // Monday 2 March + 5 working days
    expect(m.recordDueOn).toBe('2026-03-09');
  });

  it('suggests an extension once mediation is used on a stage 2 not extended (§57)', async () => {
    const c = await stageTwoComplaint(world, world.org);
    expect((await read(c.id)).extensionSuggested).toBe(false);
    await must(
      world,
      {
        query: ADD_ALTERNATIVE,
        variables: { complaintId: c.id, approach: 'mediation', startedOn: '2026-03-02' },
      },
      world.org.people.handler,
    );
    const file = await read(c.id);
    expect(file.alternativeResolutions).toMatchObject([{ approach: 'mediation', endedOn: null }]);
    expect(file.extensionSuggested).toBe(true);
  });

  it('refuses changes to the file of a closed stage 1 complaint (§50: stage 2 only)', async () => {
    const c = await closeStageOne(world, world.org, await recordComplaint(world, world.org));
    const res = await world.gql(SAVE_PLAN, planInput(c.id), world.org.people.handler);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'NOT_AT_STAGE_2',
    });
  });

  describe('evidence files', () => {
    it('keeps a PDF within the limit in the database, and lists it without its content', async () => {
      const c = await stageTwoComplaint(world, world.org);
      const up = await uploadEvidence(world, world.org.people.handler, c.id, 'job log.pdf', PDF);
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({
        fileName: 'job log.pdf',
        kind: 'pdf',
        sizeBytes: PDF.length,
      });
      const [stored] = await world.db.dataSource.query(
        `SELECT f.storage, c.content FROM evidence_file f JOIN evidence_file_content c ON c.file_id = f.id WHERE f.id = $1`,
        [up.body['id']],
      );
      expect(stored.storage).toBe('database');
      expect(Buffer.compare(stored.content, PDF)).toBe(0);
      expect((await read(c.id)).evidence).toEqual([
        {
          id: up.body['id'],
          fileName: 'job log.pdf',
          kind: 'pdf',
          sizeBytes: PDF.length,
          description: 'Contractor job log',
        },
      ]);
    });

    it('refuses a file over the limit, streamed without a length, and stores nothing', async () => {
      const c = await stageTwoComplaint(world, world.org);
      const before = await tableCounts(world.db);
      const chunk = new Uint8Array(1024 * 1024).fill(0x41);
      let sent = 0;
      // up to 200 MB of text in 1 MB chunks, with no content-length: the server stops reading
      // soon after the 10 MB limit, so far fewer chunks are ever pulled
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 200) return controller.close();
          sent++;
          controller.enqueue(chunk);
        },
      });
      const up = await uploadEvidence(world, world.org.people.handler, c.id, 'big.txt', body).catch(
        (e: Error) => ({ status: 0, body: { error: e.message } as Record<string, any> }),
      );
      // the server answers 400 and closes the connection; the client may see the close first
      if (up.status !== 0) {
        expect(up.status).toBe(400);
        expect(up.body['errors'][0].extensions).toMatchObject({ rule: 'EVIDENCE_TOO_LARGE' });
      }
      expect(sent).toBeLessThan(100);
      expect(await tableCounts(world.db)).toEqual(before);
    });

    it('refuses a file declared over the limit before reading it', async () => {
      const c = await stageTwoComplaint(world, world.org);
      const up = await uploadEvidence(
        world,
        world.org.people.handler,
        c.id,
        'big.pdf',
        Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
      );
      expect(up.status).toBe(400);
      expect(up.body['errors'][0].extensions).toMatchObject({ rule: 'EVIDENCE_TOO_LARGE' });
    });

    it('refuses a program renamed to .pdf and stores nothing', async () => {
      const c = await stageTwoComplaint(world, world.org);
      const before = await tableCounts(world.db);
      const up = await uploadEvidence(
        world,
        world.org.people.handler,
        c.id,
        'report.pdf',
        Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]),
      );
      expect(up.status).toBe(400);
      expect(up.body['errors'][0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'content',
        rule: 'EVIDENCE_TYPE_NOT_ALLOWED',
      });
      expect(await tableCounts(world.db)).toEqual(before);
    });

    it('refuses an upload sent as a form (CSRF) or by communications staff', async () => {
      const c = await stageTwoComplaint(world, world.org);
      const form = await uploadEvidence(
        world,
        world.org.people.handler,
        c.id,
        'a.pdf',
        PDF,
        'text/plain',
      );
      expect(form.status).toBe(415);
      const comms = await uploadEvidence(
        world,
        world.org.people.communications,
        c.id,
        'a.pdf',
        PDF,
      );
      expect(comms.status).toBe(403);
    });

    it('serves the file only to roles that see personal data', async () => {
      const { fileId } = await complaintWithEvidence(world, world.org);
      const handler = await downloadEvidence(world, world.org.people.handler, fileId);
      expect(handler.status).toBe(200);
      expect(handler.headers.get('content-type')).toBe('application/pdf');
      expect(handler.headers.get('content-disposition')).toContain('attachment');
      expect(Buffer.compare(handler.bytes, PDF)).toBe(0);
      expect((await downloadEvidence(world, world.org.people.manager, fileId)).status).toBe(200);
      for (const who of [world.org.people.communications, world.org.people.staff])
        expect((await downloadEvidence(world, who, fileId)).status).toBe(404);
      expect((await downloadEvidence(world, null, fileId)).status).toBe(401);
    });

    it("answers NOT_FOUND for another organisation's file", async () => {
      const { fileId } = await complaintWithEvidence(world, world.other);
      expect((await downloadEvidence(world, world.org.people.handler, fileId)).status).toBe(404);
      const res = await world.gql(DELETE_EVIDENCE, { fileId }, world.org.people.handler);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('audits the upload and the deletion by name, size and who, never the content', async () => {
      const { fileId } = await complaintWithEvidence(world, world.org);
      await must(
        world,
        { query: DELETE_EVIDENCE, variables: { fileId } },
        world.org.people.manager,
      );
      const rows = await auditRows(fileId);
      expect(rows.map((r) => r.operation)).toEqual(['uploadEvidenceFile', 'deleteEvidenceFile']);
      expect(rows[1]!.changes).toMatchObject({ deleted: true, fileName: 'log.pdf', kind: 'pdf' });
      expect(JSON.stringify(rows)).not.toContain('%PDF');
      const [left] = await world.db.dataSource.query(
        `SELECT (SELECT count(*) FROM evidence_file WHERE id = $1)::int AS files,
                (SELECT count(*) FROM evidence_file_content WHERE file_id = $1)::int AS contents`,
        [fileId],
      );
      expect(left).toEqual({ files: 0, contents: 0 });
    });

    it("keeps the investigator's report as text with an uploaded file", async () => {
      const { complaint, fileId } = await complaintWithEvidence(world, world.org);
      await must(
        world,
        {
          query: SAVE_REPORT,
          variables: {
            complaintId: complaint.id,
            version: 0,
            text: 'Summary',
            fileId,
            writtenOn: '2026-03-02',
          },
        },
        world.org.people.handler,
      );
      expect((await read(complaint.id)).report).toMatchObject({
        text: 'Summary',
        fileId,
        writtenOn: '2026-03-02',
        writtenById: world.org.people.handler.id,
        version: 1,
      });
    });
  });
});
