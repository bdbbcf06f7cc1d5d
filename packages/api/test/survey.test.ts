import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyCounts, type SurveyAnswer } from '@chp/domain';
import { createWorld, type World } from './support/world';
import {
  complaintInput,
  RECORD,
  recordComplaint,
  step,
  type ComplaintRef,
} from './support/complaints';
import { closeStageOne } from './support/complaint-stages';
import { AUTHORISE, COMPLETE, proposedAction } from './support/improvement-actions';
import { defaultRootCause } from './support/root-causes';
import { must } from './support/must';
import { inviteAfterClosure, runRecurrenceSurveys, surveyCountsFor } from '../src/modules/survey';

/**
 * The satisfaction survey (docs/procedure.md, Satisfaction survey) against PostgreSQL: consent
 * with the e-mail address, a single-use expiring link after the closure, answers without personal
 * data, results under the small-number rule, and "has the problem come back?" for complaints whose
 * root cause had an improvement action. Clock: Monday 2 March 2026 10:00Z.
 */
const LINK = 'query($token: String!) { surveyLink(token: $token) { kind expiresAt } }';
const ANSWER = 'mutation($input: SurveyAnswerInput!) { answerSurvey(input: $input) }';
const RESULTS = `query($year: Int!) { surveyResults(financialYear: $year) {
  year { label answers { value display } questions { key satisfied { value display } } }
  quarters { label answers { display } } } }`;
const CORRECT =
  'mutation($id: ID!, $version: Int!, $input: ComplaintCorrectionInput!, $reason: String!) { correctComplaint(id: $id, version: $version, input: $input, reason: $reason) { id version } }';

const CONSENTING = {
  customer: { name: 'Morag Tenant', email: 'morag@example.org', surveyConsent: true },
};

describe('the satisfaction survey', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });
  const q = <T = any>(sql: string, params: unknown[] = []) =>
    world.db.dataSource.query<T[]>(sql, params);
  const asCustomer = (query: string, variables: object) => world.gql<any>(query, variables, null);
  /** The survey messages written for a complaint, with the token from each link. */
  const surveyMail = async (complaintId: string, kind = 'closure') =>
    (
      await q<{ to: string; link: string; reason: string }>(
        `SELECT o.to_address AS "to", o.link_path AS link, o.reason FROM outbox_message o
           JOIN survey_invitation i ON i.organisation_id = o.organisation_id AND i.id = o.subject_id
          WHERE i.complaint_id = $1 AND i.kind = $2`,
        [complaintId, kind],
      )
    ).map((m) => ({ ...m, token: m.link.split('#token=')[1]! }));
  const closedWithConsent = async (): Promise<ComplaintRef & { token: string }> => {
    const c = await recordComplaint(world, world.org, CONSENTING);
    const closed = await closeStageOne(world, world.org, c);
    const [mail] = await surveyMail(c.id);
    return { ...closed, token: mail!.token };
  };
  const answer = (token: string, over: Record<string, unknown> = {}) =>
    asCustomer(ANSWER, {
      input: { token, easeOfComplaining: 5, keptInformed: 4, outcomeExplained: 2, ...over },
    });

  it('refuses consent without an e-mail address, and records nothing', async () => {
    const before = await q(`SELECT count(*)::int AS n FROM complaint`);
    const res = await world.gql<any>(
      RECORD,
      {
        input: complaintInput(world.org, {
          customer: { name: 'Morag Tenant', phone: '0141 555 0100', surveyConsent: true },
        }),
      },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'SURVEY_CONSENT_WITHOUT_EMAIL',
      field: 'customer.surveyConsent',
    });
    expect(await q(`SELECT count(*)::int AS n FROM complaint`)).toEqual(before);
  });

  it('refuses consent from an anonymous customer (§11)', async () => {
    const res = await world.gql<any>(
      RECORD,
      { input: complaintInput(world.org, { anonymous: true, customer: { surveyConsent: true } }) },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions?.rule).toBe('SURVEY_CONSENT_WITHOUT_EMAIL');
  });

  it('a correction that removes the e-mail address while consent stands is refused', async () => {
    const c = await recordComplaint(world, world.org, CONSENTING);
    const res = await world.gql<any>(
      CORRECT,
      { ...c, input: { customer: { email: null } }, reason: 'Address given in error' },
      world.org.people.handler,
    );
    expect(res.body.errors?.[0]?.extensions?.rule).toBe('SURVEY_CONSENT_WITHOUT_EMAIL');
  });

  it('a correction records consent given later', async () => {
    const c = await recordComplaint(world, world.org);
    await must(
      world,
      {
        query: CORRECT,
        variables: {
          ...c,
          input: { customer: { surveyConsent: true } },
          reason: 'Agreed by phone',
        },
      },
      world.org.people.handler,
    );
    const [row] = await q(
      `SELECT cu.survey_consent FROM complaint c JOIN customer cu ON cu.id = c.customer_id WHERE c.id = $1`,
      [c.id],
    );
    expect(row.survey_consent).toBe(true);
  });

  it('no survey is sent when the customer did not agree', async () => {
    const c = await recordComplaint(world, world.org);
    await closeStageOne(world, world.org, c);
    expect(await surveyMail(c.id)).toEqual([]);
  });

  it("after the closure the survey goes to the customer's address by a link whose token is stored hashed", async () => {
    const c = await recordComplaint(world, world.org, CONSENTING);
    await closeStageOne(world, world.org, c);
    const mails = await surveyMail(c.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: 'morag@example.org', reason: 'satisfaction_survey' });
    expect(mails[0]!.link).toMatch(/^\/survey#token=[\w-]{43}$/);
    const [invitation] = await q(
      `SELECT token_hash, expires_at FROM survey_invitation WHERE complaint_id = $1`,
      [c.id],
    );
    expect(invitation.token_hash).toBe(createHash('sha256').update(mails[0]!.token).digest('hex'));
    // sent on 2 March: works to the end of 31 March (London, BST from 29 March)
    expect(invitation.expires_at.toISOString()).toBe('2026-03-31T23:00:00.000Z');
  });

  it('is sent once: another closure of the same complaint sends nothing more', async () => {
    const c = await recordComplaint(world, world.org, CONSENTING);
    await closeStageOne(world, world.org, c);
    const again = await world.db.dataSource.transaction((em) =>
      inviteAfterClosure(em, world.org.id, c.id, new Date('2026-03-20T10:00:00Z')),
    );
    expect(again).toBe(0);
    expect(await surveyMail(c.id)).toHaveLength(1);
  });

  it('the link opens without signing in and shows which survey it is', async () => {
    const { token } = await closedWithConsent();
    const res = await asCustomer(LINK, { token });
    expect(res.body.data.surveyLink).toEqual({
      kind: 'closure',
      expiresAt: '2026-03-31T23:00:00.000Z',
    });
  });

  it('is single-use: a second answer from the same link is refused', async () => {
    const { token } = await closedWithConsent();
    expect((await answer(token)).body.data.answerSurvey).toBe(true);
    const second = await answer(token, { easeOfComplaining: 1 });
    expect(second.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'SURVEY_LINK_USED',
    });
    expect((await asCustomer(LINK, { token })).body.errors?.[0]?.extensions?.rule).toBe(
      'SURVEY_LINK_USED',
    );
  });

  it('an expired link is refused and stores nothing', async () => {
    const { token } = await closedWithConsent();
    const before = await q(`SELECT count(*)::int AS n FROM survey_answer`);
    world.setNow('2026-04-01T00:00:00Z');
    try {
      const res = await answer(token);
      expect(res.body.errors?.[0]?.extensions?.rule).toBe('SURVEY_LINK_EXPIRED');
    } finally {
      world.setNow('2026-03-02T10:00:00Z');
    }
    expect(await q(`SELECT count(*)::int AS n FROM survey_answer`)).toEqual(before);
  });

  it('refuses a score outside 1 to 5 and stores nothing', async () => {
    const { token } = await closedWithConsent();
    const before = await q(`SELECT count(*)::int AS n FROM survey_answer`);
    const res = await answer(token, { keptInformed: 6 });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await q(`SELECT count(*)::int AS n FROM survey_answer`)).toEqual(before);
  });

  it('an unknown token is refused', async () => {
    const res = await answer('x'.repeat(43));
    expect(res.body.errors?.[0]?.extensions?.rule).toBe('SURVEY_LINK_UNKNOWN');
  });

  it('stores the answers without personal data: no complaint, no customer, the day only', async () => {
    const { token } = await closedWithConsent();
    await q(`DELETE FROM survey_answer`);
    await answer(token, { comment: 'Quicker than I expected' });
    const columns = await q<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_answer' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'organisation_id',
      'id',
      'kind',
      'answered_on',
      'ease_of_complaining',
      'kept_informed',
      'outcome_explained',
      'problem_back',
      'comment',
    ]);
    const rows = await q(
      `SELECT kind, answered_on::text, ease_of_complaining, comment FROM survey_answer`,
    );
    expect(rows).toEqual([
      {
        kind: 'closure',
        answered_on: '2026-03-02',
        ease_of_complaining: 5,
        comment: 'Quicker than I expected',
      },
    ]);
  });

  it("refuses a comment with personal data (the customer's name, an e-mail address) and keeps the link usable", async () => {
    const { token } = await closedWithConsent();
    for (const comment of ['Morag Tenant was well treated', 'Write to me at morag@example.org']) {
      const res = await answer(token, { comment });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'PERSONAL_DATA',
        field: 'comment',
      });
    }
    expect((await asCustomer(LINK, { token })).body.data.surveyLink.kind).toBe('closure');
  });

  it('refuses the recurrence question on a closure survey, and an empty answer', async () => {
    const { token } = await closedWithConsent();
    const wrong = await answer(token, { problemBack: 'yes' });
    expect(wrong.body.errors?.[0]?.extensions?.rule).toBe('SURVEY_QUESTION_NOT_ASKED');
    const empty = await asCustomer(ANSWER, { input: { token } });
    expect(empty.body.errors?.[0]?.extensions?.rule).toBe('SURVEY_NOTHING_ANSWERED');
  });

  it('hides the results below 5 answers and shows them at 5, by quarter of the reporting year', async () => {
    await q(`DELETE FROM survey_answer`);
    const results = async () =>
      (await must(world, { query: RESULTS, variables: { year: 2025 } }, world.org.people.manager))
        .surveyResults;
    for (let i = 0; i < 4; i++) await answer((await closedWithConsent()).token);
    let r = await results();
    expect(r.year.label).toBe('2025/26');
    expect(r.year.answers).toEqual({ value: null, display: 'fewer than 5' });
    expect(r.year.questions[0].satisfied).toEqual({
      value: null,
      display: 'fewer than 5 answers',
    });
    await answer((await closedWithConsent()).token, { keptInformed: 1 });
    r = await results();
    expect(r.year.answers).toEqual({ value: 5, display: '5' });
    expect(r.year.questions.map((x: any) => x.satisfied.display)).toEqual(['100%', '80%', '0%']);
    // answered on 2 March 2026: the fourth quarter of 2025/26 (April start)
    expect(r.quarters.map((x: any) => x.answers.display)).toEqual(['0', '0', '0', '5']);
  });

  it("the SQL counts equal @chp/domain's reference on the same answers", async () => {
    await q(`DELETE FROM survey_answer WHERE organisation_id = $1`, [world.org.id]);
    const days = ['2026-01-05', '2026-03-31', '2026-04-01', '2026-06-30', '2026-07-01'];
    const stored: SurveyAnswer[] = [];
    for (let i = 0; i < 40; i++) {
      const recurrence = i % 7 === 0;
      const a: SurveyAnswer = {
        kind: recurrence ? 'recurrence' : 'closure',
        answeredOn: days[i % days.length]!,
        easeOfComplaining: recurrence || i % 5 === 0 ? null : (i % 5) + 1,
        keptInformed: recurrence ? null : ((i * 3) % 5) + 1,
        outcomeExplained: recurrence || i % 4 === 0 ? null : ((i * 2) % 5) + 1,
        problemBack: recurrence ? (['yes', 'no', 'not_sure'] as const)[i % 3]! : null,
      };
      stored.push(a);
      await q(
        `INSERT INTO survey_answer (organisation_id, kind, answered_on, ease_of_complaining, kept_informed, outcome_explained, problem_back)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          world.org.id,
          a.kind,
          a.answeredOn,
          a.easeOfComplaining,
          a.keptInformed,
          a.outcomeExplained,
          a.problemBack,
        ],
      );
    }
    const periods = [
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2025-04-01', to: '2026-12-31' },
      { from: '2027-01-01', to: '2027-03-31' },
    ];
    const sql = await surveyCountsFor(world.db.dataSource.manager, world.org.id, periods);
    expect(sql).toEqual(periods.map((p) => surveyCounts(stored, p.from, p.to)));
  });

  describe('has the problem come back? (three months after the action was completed)', () => {
    const closeWithCause = async (rootCauseId: string) => {
      const c = await recordComplaint(world, world.org, CONSENTING);
      await step(
        world,
        world.org,
        'closeComplaint',
        '$id: ID!, $version: Int!, $input: CloseComplaintInput!',
        'id: $id, version: $version, input: $input',
        {
          ...c,
          input: {
            outcome: 'upheld',
            spsoSignposted: false,
            reasons: 'The repair was missed twice.',
            communicatedBy: 'phone',
            rootCauseIds: [rootCauseId],
          },
        },
      );
      return c;
    };

    it('goes only to complaints whose root cause had an action, once the delay has passed', async () => {
      const withAction = await defaultRootCause(world, world.org, 'No update given');
      const [other] = await q<{ id: string }>(
        `SELECT id FROM root_cause WHERE organisation_id = $1 AND parent_id IS NOT NULL AND id <> $2 ORDER BY name LIMIT 1`,
        [world.org.id, withAction],
      );
      const fixed = await closeWithCause(withAction);
      const notFixed = await closeWithCause(other!.id);
      const a = await proposedAction(world, world.org, world.org.people.manager.id, {
        rootCauseIds: [withAction],
      });
      const authorised = (
        await must(world, { query: AUTHORISE, variables: a }, world.org.people.manager)
      ).authoriseImprovementAction;
      await must(
        world,
        {
          query: COMPLETE,
          variables: { ...authorised, evidence: 'Weekly update calls', completedOn: '2026-03-02' },
        },
        world.org.people.manager,
      );

      await runRecurrenceSurveys(world.db.dataSource, new Date('2026-06-01T10:00:00Z'));
      expect(await surveyMail(fixed.id, 'recurrence')).toEqual([]);

      await runRecurrenceSurveys(world.db.dataSource, new Date('2026-06-02T10:00:00Z'));
      const [mail] = await surveyMail(fixed.id, 'recurrence');
      expect(mail).toMatchObject({ to: 'morag@example.org', reason: 'recurrence_survey' });
      expect(await surveyMail(notFixed.id, 'recurrence')).toEqual([]);

      // once only: the next night sends nothing more
      await runRecurrenceSurveys(world.db.dataSource, new Date('2026-06-03T10:00:00Z'));
      expect(await surveyMail(fixed.id, 'recurrence')).toHaveLength(1);

      // the customer answers the one question (the link still works on 2 March's clock)
      const res = await answer(mail!.token, {
        easeOfComplaining: null,
        keptInformed: null,
        outcomeExplained: null,
        problemBack: 'no',
      });
      expect(res.body.data?.answerSurvey).toBe(true);
    });
  });
});
