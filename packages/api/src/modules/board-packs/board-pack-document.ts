import {
  BOARD_PACK_SECTIONS,
  type BoardPackSectionKey,
  type SpsoComparisonCounts,
} from '@chp/domain';
import type { BoardPack } from './board-pack.entity';
import type { BoardPackFigures } from './board-pack-figures';

/**
 * A board pack as a document: headings, paragraphs and tables (each with a caption and a header
 * row, first column as row headers), rendered to HTML (board-pack-html.ts) and Word
 * (board-pack-docx.ts) from the same blocks, so the two never differ. Every table says in words
 * what a colour might otherwise say.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'table'; caption: string; head: string[]; rows: string[][] };

export interface BoardPackDocument {
  title: string;
  status: string;
  blocks: Block[];
}

const BUCKETS = [
  ['stage1', 'Stage 1'],
  ['stage2Direct', 'Stage 2 (direct)'],
  ['stage2Escalated', 'Stage 2 (after escalation)'],
] as const;
const OUTCOME_FIELDS = [
  ['resolved', 'resolved'],
  ['upheld', 'upheld'],
  ['partiallyUpheld', 'partially_upheld'],
  ['notUpheld', 'not_upheld'],
] as const;

const n = (v: number | null | undefined) => (v == null ? '–' : String(v));
const days = (v: number | null) => (v == null ? '–' : v.toFixed(1));
const pct = (part: number, whole: number) =>
  whole === 0 ? '–' : `${part} (${Math.round((part / whole) * 100)}%)`;
const OUTCOME_LABELS: Record<string, string> = {
  resolved: 'Resolved',
  upheld: 'Upheld',
  partially_upheld: 'Partially upheld',
  not_upheld: 'Not upheld',
};
const outcomeLabel = (o: string | null) =>
  o == null ? 'Not yet decided' : (OUTCOME_LABELS[o] ?? o.replace(/_/g, ' '));
const SPSO_DECISIONS: Record<string, string> = {
  not_taken_forward: 'Not taken forward',
  resolved: 'Resolved',
  upheld: 'Upheld',
  partially_upheld: 'Partially upheld',
  not_upheld: 'Not upheld',
};

type Builder = (f: BoardPackFigures) => Block[];

function indicators(f: BoardPackFigures): Block[] {
  const { current, previous, lastYear } = f.periods;
  const cols = [
    current.label,
    `${previous.label} (previous quarter)`,
    `${lastYear.label} (same quarter last year)`,
  ];
  const sets = [f.indicators.current, f.indicators.previous, f.indicators.lastYear];
  const out: Block[] = [
    {
      type: 'table',
      caption: 'Complaints received',
      head: ['Figure', ...cols],
      rows: [['Received', ...sets.map((s) => n(s.received))]],
    },
  ];
  for (const [bucket, label] of BUCKETS) {
    const b = sets.map((s) => s.stages[bucket]);
    out.push({
      type: 'table',
      caption: `${label}: closures, outcomes and times`,
      head: ['Figure', ...cols],
      rows: [
        ['Closed', ...b.map((x) => n(x.closed))],
        ...OUTCOME_FIELDS.map(([field, key]) => [
          outcomeLabel(key),
          ...b.map((x) => pct(x.outcomes[field].count, x.closed)),
        ]),
        ['Average working days', ...b.map((x) => days(x.averageWorkingDays))],
        ['Closed within the timescale', ...b.map((x) => pct(x.withinTimescale, x.closed))],
        ['Extended', ...b.map((x) => pct(x.extended, x.closed))],
      ],
    });
  }
  return out;
}

const trends: Builder = (f) => [
  {
    type: 'table',
    caption: `Complaints received and closed by month, ${f.months[0]?.label ?? ''} to ${f.months.at(-1)?.label ?? ''}`,
    head: ['Month', 'Received', 'Closed'],
    rows: f.months.map((m) => [m.label, n(m.received), n(m.closed)]),
  },
];

const rootCauses: Builder = (f) =>
  f.rootCauses.length === 0
    ? [
        {
          type: 'paragraph',
          text: 'No root causes were recorded for complaints received this quarter.',
        },
      ]
    : [
        {
          type: 'table',
          caption: `Top root causes of complaints received in ${f.periods.current.label}`,
          head: ['Root cause', 'Complaints'],
          rows: f.rootCauses.map((r) => [r.name, n(r.complaints)]),
        },
      ];

const actions: Builder = (f) => [
  f.actionsCompleted.length === 0
    ? { type: 'paragraph', text: 'No improvement actions were completed this quarter.' }
    : {
        type: 'table',
        caption: `Improvement actions completed in ${f.periods.current.label}`,
        head: ['Action', 'Service', 'Target date', 'Completed on'],
        rows: f.actionsCompleted.map((a) => [a.title, a.serviceArea, a.targetDate, a.completedOn]),
      },
  f.actionsOverdue.length === 0
    ? { type: 'paragraph', text: 'No improvement actions were overdue at the end of the quarter.' }
    : {
        type: 'table',
        caption: `Improvement actions overdue at ${f.periods.current.to} (target date passed, not completed)`,
        head: ['Action', 'Service', 'Target date', 'Status'],
        rows: f.actionsOverdue.map((a) => [
          a.title,
          a.serviceArea,
          a.targetDate,
          a.status.replace(/_/g, ' '),
        ]),
      },
];

const learning: Builder = (f) => {
  const taught = f.actionsCompleted.filter((a) => a.learning || a.whatChanged);
  return taught.length === 0
    ? [
        {
          type: 'paragraph',
          text: 'No learning was recorded on the actions completed this quarter.',
        },
      ]
    : [
        {
          type: 'table',
          caption: 'What the actions completed this quarter taught us and changed',
          head: ['Action', 'Learning', 'What changed', 'Effect'],
          rows: taught.map((a) => [
            a.title,
            a.learning ?? '–',
            a.whatChanged ?? '–',
            a.effectiveness ? a.effectiveness.replace(/_/g, ' ') : 'Not yet verified',
          ]),
        },
      ];
};

const serious: Builder = (f) => [
  {
    type: 'paragraph',
    text: `${f.serious.received} serious, high-risk or high-profile complaints were received; ${f.serious.keptAtStageOne} are at stage 1 (§36: each needs a recorded reason why not stage 2).`,
  },
  ...(f.serious.cases.length === 0
    ? []
    : [
        {
          type: 'table' as const,
          caption: 'Serious complaints received this quarter (no personal details)',
          head: [
            'Received',
            'Service',
            'Stage',
            'Status',
            'Outcome',
            'Reason for stage 1 recorded',
          ],
          rows: f.serious.cases.map((c) => [
            c.receivedMonth,
            c.serviceArea,
            `Stage ${c.stage}`,
            c.status,
            c.status === 'open' ? 'Open' : outcomeLabel(c.outcome),
            c.stageOneReasonRecorded == null
              ? 'Not applicable'
              : c.stageOneReasonRecorded
                ? 'Yes'
                : 'No',
          ]),
        },
      ]),
];

const COMPARISON_LABELS: [keyof SpsoComparisonCounts, string][] = [
  ['same', 'Same finding as ours'],
  ['spso_upheld_more', 'SPSO upheld more than we did'],
  ['spso_upheld_less', 'SPSO upheld less than we did'],
  ['not_comparable', 'Not comparable (resolved, or no outcome of ours)'],
  ['not_taken_forward', 'Not taken forward by the SPSO'],
];

/** Said where a pack drafted before a section existed has no figures for it (its figures stay frozen). */
const notInEdition: Block[] = [
  {
    type: 'paragraph',
    text: 'This section was not part of the pack when its figures were computed.',
  },
];

const spsoDecisions: Builder = (f) => {
  if (f.spsoDecisions.length === 0)
    return [{ type: 'paragraph', text: 'No SPSO decisions were recorded this quarter.' }];
  const out: Block[] = [
    {
      type: 'table',
      caption: 'SPSO decisions recorded this quarter, against our own outcome',
      head: ["SPSO's decision", 'Our outcome', 'Complaints'],
      rows: f.spsoDecisions.map((d) => [
        SPSO_DECISIONS[d.decision] ?? d.decision,
        outcomeLabel(d.ourOutcome),
        n(d.complaints),
      ]),
    },
  ];
  const c = f.spsoComparison;
  if (c)
    out.push({
      type: 'table',
      caption: 'SPSO decisions this quarter compared with ours, by service',
      head: ['Service', ...COMPARISON_LABELS.map(([, label]) => label)],
      rows: [
        ...c.byServiceArea.map((a) => [
          a.serviceArea,
          ...COMPARISON_LABELS.map(([k]) => n(a.counts[k])),
        ]),
        ['All services', ...COMPARISON_LABELS.map(([k]) => n(c.total[k]))],
      ],
    });
  return out;
};

const survey: Builder = (f) => {
  const s = f.survey;
  if (!s) return notInEdition;
  const { current, previous, lastYear } = f.periods;
  const sets = [s.current, s.previous, s.lastYear];
  return [
    {
      type: 'paragraph',
      text: 'Customers who agreed to be surveyed after their complaint closed. No figure is shown from fewer than 5 answers.',
    },
    {
      type: 'table',
      caption: 'Satisfaction survey results (share answering 4 or 5 out of 5)',
      head: [
        'Question',
        current.label,
        `${previous.label} (previous quarter)`,
        `${lastYear.label} (same quarter last year)`,
      ],
      rows: [
        ['Surveys answered', ...sets.map((x) => x.answers.display)],
        ...s.current.questions.map((q, i) => [
          q.text,
          ...sets.map((x) => x.questions[i]?.satisfied.display ?? '–'),
        ]),
        ['Follow-up surveys answered', ...sets.map((x) => x.recurrenceAnswers.display)],
        ['Said the problem came back', ...sets.map((x) => x.problemBack.display)],
      ],
    },
  ];
};

const recurrence: Builder = (f) => {
  const r = f.recurrence;
  if (!r) return notInEdition;
  return [
    {
      type: 'table',
      caption: `Effects of improvement actions verified in ${f.periods.current.label}`,
      head: ['Finding', 'Actions'],
      rows: [
        ['Effective', n(r.verified.effective)],
        ['Partly effective', n(r.verified.partlyEffective)],
        ['Not effective', n(r.verified.notEffective)],
      ],
    },
    {
      type: 'paragraph',
      text: `${r.reviewsOverdue} completed actions were past their effect review date at ${f.periods.current.to}, ${r.reviewsOverdueOverAYear} of them by over a year.`,
    },
    r.flagged.length === 0
      ? {
          type: 'paragraph',
          text: 'No action was flagged this quarter because the problem it addressed came back.',
        }
      : {
          type: 'table',
          caption:
            'Actions flagged this quarter because complaints about their root cause came back',
          head: ['Action', 'Flagged on', 'Complaints before', 'Complaints after'],
          rows: r.flagged.map((a) => [a.title, a.flaggedOn, n(a.before), n(a.after)]),
        },
  ];
};

/** Each section's figures, by the key in @chp/domain BOARD_PACK_SECTIONS. */
const SECTION_BUILDERS: Record<BoardPackSectionKey, Builder> = {
  indicators,
  trends,
  rootCauses,
  actions,
  learning,
  serious,
  spsoDecisions,
  survey,
  recurrence,
};

const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft: not approved',
  in_review: 'In review: not approved',
  approved: 'Approved',
  withdrawn: 'Withdrawn',
};

export function boardPackDocument(p: BoardPack, organisationName: string): BoardPackDocument {
  const title = `${organisationName}: complaints board pack, ${p.periodLabel}`;
  const status =
    p.status === 'approved' && p.approvedAt
      ? `Approved on ${p.approvedAt.toISOString().slice(0, 10)} (edition ${p.edition}); figures as at ${p.figuresComputedAt.toISOString().slice(0, 10)}`
      : `${STATUS_LABELS[p.status] ?? p.status} (edition ${p.edition}); figures as at ${p.figuresComputedAt.toISOString().slice(0, 10)}`;
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: title },
    { type: 'paragraph', text: status },
  ];
  blocks.push({ type: 'heading', level: 2, text: 'Summary' });
  blocks.push({ type: 'paragraph', text: p.summary || 'No summary written.' });
  for (const s of BOARD_PACK_SECTIONS) {
    blocks.push({ type: 'heading', level: 2, text: s.title });
    const commentary = p.commentary[s.key];
    if (commentary) blocks.push({ type: 'paragraph', text: commentary });
    blocks.push(...SECTION_BUILDERS[s.key](p.figures));
  }
  return { title, status, blocks };
}
