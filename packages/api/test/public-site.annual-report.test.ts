import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANNUAL_REPORT_FIGURE_FIELDS,
  PUBLIC_FIGURE_FIELDS,
  surveyCounts,
  surveyResults,
  type SurveyAnswer,
} from '@chp/domain';
import { authorisedAction, doneAction, SUMMARY } from './support/improvement-actions';
import { insertComplaint } from './support/inserted-complaint';
import { must } from './support/must';
import { APPROVE, CREATE, PUBLISH, SUBMIT, UPDATE, afterThePeriod } from './support/publications';
import { createWorld, type World } from './support/world';

/** Closure answers (ease, kept informed, outcome explained) and recurrence answers, by day. */
const closure = (
  answeredOn: string,
  easeOfComplaining: number | null,
  keptInformed: number | null,
  outcomeExplained: number | null,
): SurveyAnswer => ({
  kind: 'closure',
  answeredOn,
  easeOfComplaining,
  keptInformed,
  outcomeExplained,
  problemBack: null,
});
const recurrence = (answeredOn: string, problemBack: 'yes' | 'no'): SurveyAnswer => ({
  kind: 'recurrence',
  answeredOn,
  easeOfComplaining: null,
  keptInformed: null,
  outcomeExplained: null,
  problemBack,
});
// 2025/26: six closure answers (four of them explain the outcome: fewer than 5) and two
// recurrence answers; one answer on each side of the year, which the report must not count
const ANSWERS: SurveyAnswer[] = [
  closure('2025-04-01', 5, 5, 5),
  closure('2025-06-10', 4, 4, null),
  closure('2025-09-02', 2, 1, 2),
  closure('2025-11-20', 5, 2, 4),
  closure('2026-01-15', 3, 4, null),
  closure('2026-03-31', 4, 5, 5),
  recurrence('2025-10-01', 'yes'),
  recurrence('2026-02-02', 'no'),
  closure('2025-03-31', 1, 1, 1),
  closure('2026-04-01', 1, 1, 1),
];

describe('the annual complaints performance report on the public site', () => {
  let world: World;
  let html: string;
  let slug: string;
  let publicationId: string;
  beforeAll(async () => {
    world = await createWorld('2026-03-20T10:00:00Z');
    [{ slug }] = await world.db.dataSource.query(`SELECT slug FROM organisation WHERE id = $1`, [
      world.org.id,
    ]);
    for (const a of ANSWERS)
      await world.db.dataSource.query(
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
    for (let i = 0; i < 6; i++) await insertComplaint(world, world.org, '2025-05-12T10:00:00Z');
    const staff = world.org.people.staff.id;
    const summarise = async (a: { id: string; version: number }, publicSummary: string) =>
      (
        await must(
          world,
          { query: SUMMARY, variables: { ...a, publicSummary } },
          world.org.people.manager,
        )
      ).updateImprovementActionSummary;
    await summarise(
      await doneAction(world, world.org, staff),
      'We now call back within one working day.',
    );
    await summarise(
      await authorisedAction(world, world.org, staff),
      'We will publish repair waiting times every month.',
    );
    const comms = world.org.people.communications;
    // everything above happened in the period; it is published once the period has ended
    await afterThePeriod(world);
    let p = (
      await must(
        world,
        {
          query: CREATE,
          variables: {
            kind: 'annual',
            period: '2025/26',
            title: 'Complaints performance report 2025/26',
          },
        },
        comms,
      )
    ).createPublication;
    p = (
      await must(
        world,
        {
          query: UPDATE,
          variables: {
            ...p,
            introduction: 'How we handled complaints.',
            learning: 'Call-backs matter most.',
            customerExperience: 'Most of you found us easy to reach.',
            staffTraining: 'Every handler trained on the new procedure.',
          },
        },
        comms,
      )
    ).updatePublication;
    p = (await must(world, { query: SUBMIT, variables: p }, comms)).submitPublicationForReview;
    p = (await must(world, { query: APPROVE, variables: p }, world.org.people.manager))
      .approvePublication;
    p = (await must(world, { query: PUBLISH, variables: p }, comms)).publishPublication;
    publicationId = p.id;
    html = await (await fetch(`${world.url}/public/${slug}/${p.id}`)).text();
  });
  const shownFigures = (page: string) =>
    [...page.matchAll(/data-figure="(\w+)"/g)].map((m) => m[1]);
  afterAll(async () => {
    await world?.close();
  });

  it('shows the months of the financial year as a chart with a table equivalent, April to March', async () => {
    const months = [...html.matchAll(/data-month-received="([\d-]+)">([^<]*)</g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual(['2025-04', '0']);
    expect(months[1]).toEqual(['2025-05', '6']);
    expect(html).toContain(
      'aria-label="Complaints received each month, April 2025 to March 2026 (bar chart)"',
    );
  });

  it('shows the narrative parts the SPSO asks for and the changes taken and planned', () => {
    const headings = [...html.matchAll(/<h2 id="[^"]+">([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Headline figures',
      'SPSO complaints performance indicators',
      'What you told us in our satisfaction survey',
      'Complaints month by month',
      'Complaints by service',
      'What we learned',
      'Changes we made',
      'Changes we have planned',
      'Customer experience',
      'Staff training',
      'Other formats',
    ]);
    expect(html).toContain('<p>Call-backs matter most.</p>');
    // the SPSO indicator set exactly: the two stage 2 routes apart, never merged
    expect(html).toContain('<th scope="col" class="number">Stage 2 (after escalation)</th>');
    expect(html).toMatch(/<th scope="row">B: Complaints closed<\/th>/);
    expect(html).toMatch(
      /<li><strong>Repairs:<\/strong> We now call back within one working day\. \(completed \d+ \w+ 20\d\d\)<\/li>/,
    );
    expect(html).toMatch(
      /We will publish repair waiting times every month\. \(due \d+ \w+ 20\d\d\)/,
    );
  });

  it("shows only the SPSO indicator set's own headline figures: no outcome added across stages, the two stage 2 routes never merged", () => {
    expect(shownFigures(html)).toEqual([...ANNUAL_REPORT_FIGURE_FIELDS]);
    expect(html).not.toContain('Outcomes of complaints closed');
    expect(html).not.toContain('Closed at stage 2 (investigation)');
  });

  it("freezes the year's satisfaction survey results, equal to @chp/domain's reference under the small-number rule", async () => {
    const frozen = (
      await must(
        world,
        {
          query: `query($id: ID!) { publication(id: $id) { frozenFigures { smallNumberThreshold annualReport {
            survey { answers { value display } questions { key text satisfied { value display } } recurrenceAnswers { value display } problemBack { value display } } } } } }`,
          variables: { id: publicationId },
        },
        world.org.people.manager,
      )
    ).publication.frozenFigures;
    const survey = frozen.annualReport.survey;
    const expected = surveyResults(
      surveyCounts(ANSWERS, '2025-04-01', '2026-03-31'),
      frozen.smallNumberThreshold,
    );
    expect(survey).toEqual(expected);
    expect(survey.answers).toEqual({ value: 6, display: '6' });
    expect(survey.questions.find((q: any) => q.key === 'outcomeExplained').satisfied).toEqual({
      value: null,
      display: 'fewer than 5 answers',
    });
  });

  it('shows the survey results on the page and in the CSV, as frozen', async () => {
    const shown = Object.fromEntries(
      [...html.matchAll(/data-survey="(\w+)">([^<]*)</g)].map((m) => [m[1], m[2]]),
    );
    expect(shown).toEqual({
      easeOfComplaining: '67%',
      keptInformed: '67%',
      outcomeExplained: 'fewer than 5 answers',
      problemBack: 'fewer than 5 answers',
    });
    const csv = await (
      await fetch(`${world.url}/public/${slug}/${publicationId}/figures.csv`)
    ).text();
    expect(csv).toContain('Surveys answered after closure,6\r\n');
    expect(csv).toContain('SPSO indicator,Stage 1,Stage 2 (direct),Stage 2 (after escalation),All');
  });

  it('a report approved before the indicator set and the survey were frozen with it still shows every headline figure, and no survey', async () => {
    await world.db.dataSource.query(
      `UPDATE publication SET frozen_figures = frozen_figures #- '{annualReport,indicators}' #- '{annualReport,survey}' WHERE organisation_id = $1 AND id = $2`,
      [world.org.id, publicationId],
    );
    const older = await (await fetch(`${world.url}/public/${slug}/${publicationId}`)).text();
    expect(shownFigures(older)).toEqual([...PUBLIC_FIGURE_FIELDS]);
    expect(older).toContain('Outcomes of complaints closed');
    expect(older).not.toContain('id="survey"');
    expect(older).not.toContain('id="indicators"');
  });
});
