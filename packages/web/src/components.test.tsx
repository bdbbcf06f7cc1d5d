import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ComplaintView } from './complaints/ComplaintPage';
import type { ComplaintDetail } from './complaints/types';
import { report } from './indicators/fixture';
import { IndicatorTable } from './indicators/IndicatorTable';
import { Field } from './lib/forms';
import { DeadlineTag, QueryState } from './lib/ui';

const html = (node: React.ReactElement) => renderToStaticMarkup(node);

describe('the indicators table', () => {
  it('shows each indicator group in the SPSO order, this period beside the previous one, with the change', () => {
    const out = html(<IndicatorTable report={report()} />);
    const groups = [...out.matchAll(/<th scope="colgroup" colSpan="4">([A-F])\./g)].map(
      (m) => m[1],
    );
    expect(groups).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(out).toContain(
      '<th scope="col">2026 Q4</th><th scope="col">2026 Q3</th><th scope="col">Change</th>',
    );
    // a closure count links to the complaints it counts: closed at that stage in the period
    expect(out).toContain(
      'href="/complaints?closedAt=stage1&amp;closedFrom=2026-10-01&amp;closedTo=2026-12-31">40 (80%)</a>',
    );
    // within timescale (row E) and extended (row F) link to the closures they count
    expect(out).toContain(
      'href="/complaints?closedAt=stage1&amp;closedFrom=2026-10-01&amp;closedTo=2026-12-31&amp;within=1">30 (75%)</a>',
    );
    // no closures this period: no share and no change (a zero denominator), not 0%
    expect(out).toContain(
      'closedTo=2026-12-31&amp;within=1">0 (—)</a></td><td>2 (100%)</td><td>—</td>',
    );
    // and no average to open
    expect(out).toContain('<th scope="row">Stage 2 (direct)</th><td>—</td><td>4.0</td><td>—</td>');
  });
});

describe('form fields and states', () => {
  it('ties the hint and the error to the input, and marks it invalid', () => {
    const out = html(
      <Field
        name="dueOn"
        label="New due date"
        hint="A working day"
        error="The new due date must be a working day."
      >
        {(p) => <input {...p} />}
      </Field>,
    );
    const id = /<input id="([^"]+)"/.exec(out)?.[1];
    expect(out).toContain(`<label for="${id}">New due date</label>`);
    expect(out).toContain(`aria-describedby="${id}-hint ${id}-error"`);
    expect(out).toContain('aria-invalid="true"');
    expect(out).toContain('class="field field-error"');
  });

  it('shows loading, error and empty states instead of the content', () => {
    expect(
      html(
        <QueryState loading error={null} what="Loading complaints">
          x
        </QueryState>,
      ),
    ).toBe('<p role="status" class="loading">Loading complaints…</p>');
    expect(
      html(
        <QueryState loading={false} error={new TypeError('Failed to fetch')}>
          x
        </QueryState>,
      ),
    ).toContain('The dashboard couldn&#x27;t reach the server');
    expect(
      html(
        <QueryState loading={false} error={null} empty emptyText="No complaints.">
          x
        </QueryState>,
      ),
    ).toBe('<p class="empty">No complaints.</p>');
  });

  it('names deadline states in words, not colours alone', () => {
    expect(html(<DeadlineTag status="overdue" />)).toBe('<span class="tag tag-bad">Overdue</span>');
    expect(html(<DeadlineTag status="due_soon" />)).toBe(
      '<span class="tag tag-warn">Due soon</span>',
    );
    expect(html(<DeadlineTag status={null} />)).toBe(
      '<span class="tag tag-neutral">Transferred</span>',
    );
  });
});

const complaint: ComplaintDetail = {
  id: 'c1',
  version: 3,
  reference: 'CMP-2026-00042',
  receivedAt: '2026-11-02T10:00:00Z',
  status: 'open',
  currentStage: 1,
  anonymous: false,
  route: 'stage1',
  category: 'Repairs',
  channel: 'phone',
  serious: false,
  tribunalSignpostingOffered: false,
  awareOn: '2026-10-30',
  escalatedAt: null,
  spsoDecision: null,
  spsoDecidedOn: null,
  contactType: 'complaint',
  otherOutcome: null,
  otherOutcomeOn: null,
  allowedOtherOutcomes: [],
  duplicateOf: null,
  otherOrganisation: null,
  contractor: null,
  serviceArea: { id: 's1', name: 'Repairs and maintenance' },
  handler: { id: 'p1', name: 'Callum Stewart' },
  rootCauses: [],
  points: [],
  journey: [
    {
      id: 'e1',
      sequence: 1,
      type: 'received',
      stage: 1,
      at: '2026-11-02T10:00:00Z',
      recordedAt: '2026-11-02T10:00:00Z',
      recordedBy: { id: 'p1', name: 'Callum Stewart' },
      voided: false,
      voidedEventId: null,
      corrections: [],
    },
  ],
  // what the API answers a handler on an open stage 1 complaint
  allowedSteps: ['contactUpdate', 'close', 'escalate', 'rootCauses', 'note'],
  actions: [],
  timeline: {
    escalationDeadline: '2027-04-30',
    stageOneLastDay: '2026-11-13',
    nextUpdateDue: null,
    spsoDeadline: '2027-10-29',
    explanations: [
      {
        what: 'due',
        stage: 1,
        paragraph: '§26',
        resultDate: '2026-11-06',
        text: 'Stage 1 response due (day 5) (§26). Day one is Monday 2 November 2026; day 5 is 4 working days later.',
      },
      {
        what: 'spso_limit',
        stage: null,
        paragraph: '§75',
        resultDate: '2027-10-30',
        text: 'A date the timeline does not show',
      },
    ],
    stage1: {
      dayOne: '2026-11-02',
      dueOn: '2026-11-06',
      extendedDueOn: null,
      deadline: '2026-11-06',
      acknowledgeBy: null,
      acknowledgedOn: null,
      closedOn: null,
      outcome: null,
      status: 'due_soon',
      transferred: false,
      withinTimescale: null,
      workingDays: null,
      workingDaysElapsed: 4,
      workingDaysRemaining: 1,
    },
    stage2: null,
  },
};

function view(role: 'communications' | 'handler', c: ComplaintDetail) {
  return html(
    <ComplaintView
      c={c}
      personal={role === 'handler'}
      steps={c.allowedSteps}
      open={null}
      setOpen={() => undefined}
      done={null}
      doneRef={{ current: null }}
      onDone={async () => undefined}
      reload={async () => undefined}
    />,
  );
}

describe('the complaint page', () => {
  it('shows every deadline and the journey with dates as 2 Nov 2026', () => {
    const out = view('handler', {
      ...complaint,
      summary: 'Boiler broken',
      outcomeSought: 'Repair',
      customer: null,
    });
    expect(out).toContain(
      'Stage 1 due (day 5)</th><td>6 Nov 2026<span class="deadline-note">1 working day left</span><details',
    );
    expect(out).toContain('Last day to ask for stage 2</th><td>30 Apr 2027<span');
    expect(out).toContain('Last day to go to the SPSO</th><td>29 Oct 2027<span');
    expect(out).toContain('<time dateTime="2026-11-02T10:00:00Z">2 Nov 2026</time>');
    expect(out).toContain('Received at stage 1');
    expect(out).toContain('<span class="tag tag-warn">Due soon</span>');
  });

  it('explains a date with a "Why this date?" disclosure naming it, only when the explanation is for that very date', () => {
    const out = view('handler', { ...complaint, customer: null });
    expect(out).toContain(
      '<details class="why-date"><summary>Why this date?<span class="visually-hidden"> Stage 1 due (day 5)</span></summary><p>Stage 1 response due (day 5) (§26). Day one is Monday 2 November 2026; day 5 is 4 working days later.</p></details>',
    );
    expect(out.match(/Why this date\?/g)).toHaveLength(1);
    expect(out).not.toContain('A date the timeline does not show');
  });

  it("offers a handler the steps allowed now, and shows the customer's details", () => {
    const out = view('handler', {
      ...complaint,
      summary: 'Boiler broken',
      outcomeSought: 'Repair',
      customer: null,
    });
    const buttons = [
      ...out.matchAll(/<button type="button" aria-expanded="false">([^<]+)<\/button>/g),
    ].map((m) => m[1]);
    expect(buttons).toEqual([
      'Record an update to the customer',
      'Close with the outcome',
      'Escalate to stage 2',
      'Record root causes',
      'Add a note',
    ]);
    expect(out).toContain('The customer gave no contact details.');
    expect(out).toContain('Boiler broken');
  });

  it('offers communications staff no steps and says personal data is withheld', () => {
    const out = view('communications', { ...complaint, allowedSteps: [] });
    expect(out).not.toContain('Next steps');
    expect(out).not.toContain('<h3>Customer</h3>');
    expect(out).toContain(
      'Customer details, the summary and journey notes are not shown to your role.',
    );
  });
});
