import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { handlesComplaints, seesPersonalData } from '@chp/domain';
import { useMe } from '../auth/me-context';
import type {
  ComplaintInvestigationQuery,
  ComplaintInvestigationQueryVariables,
} from '../generated/graphql';
import { londonToday } from '../lib/format';
import { formatDate } from '../lib/format-date';
import { usePersonTerm } from '../lib/person-term';
import { QueryState, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { EvidenceSection } from './EvidenceSection';
import { AlternativeForm, MeetingForm, PlanForm, ReportForm } from './InvestigationForms';
import { APPROACH_OPTIONS, RECORD_STATE_LABELS } from './investigation-input';
import { COMPLAINT_INVESTIGATION, RECORD_MEETING_RECORD_SENT } from './queries';

type Open = 'plan' | 'meeting' | 'alternative' | 'report' | null;
const APPROACHES = Object.fromEntries(APPROACH_OPTIONS);

/**
 * The investigation file of a stage 2 complaint (§50, §54–59; docs/procedure.md, The
 * investigation file): the plan, meetings with the record due, alternative resolution, evidence
 * and the investigator's report. Personal data: shown only to those who see it.
 */
export function InvestigationPanel({ complaintId }: { complaintId: string }) {
  const me = useMe();
  const { term } = usePersonTerm();
  const reads = seesPersonalData(me.role);
  const { data, loading, error, refetch } = useKeptQuery<
    ComplaintInvestigationQuery,
    ComplaintInvestigationQueryVariables
  >(COMPLAINT_INVESTIGATION, { complaintId }, { skip: !reads, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [markSent] = useMutation(RECORD_MEETING_RECORD_SENT);
  if (!reads) return null;
  const file = data?.complaintInvestigation;
  const mayChange = handlesComplaints(me.role) && !!file?.open;
  const onDone = async (message: string) => {
    await refetch();
    setOpen(null);
    setDone(message);
  };
  const toggle = (which: Exclude<Open, null>, text: string, cancel: string) =>
    mayChange ? (
      <button
        type="button"
        className="no-print"
        aria-expanded={open === which}
        onClick={() => {
          setDone(null);
          setOpen(open === which ? null : which);
        }}
      >
        {open === which ? cancel : text}
      </button>
    ) : null;
  const formProps = { complaintId, onDone, onCancel: () => setOpen(null) };
  return (
    <section aria-labelledby="investigation-heading" className="investigation">
      <h2 id="investigation-heading">Investigation</h2>
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      <QueryState
        loading={loading && !data}
        error={error && !data ? error : null}
        retry={() => void refetch()}
        what="Loading the investigation file"
      >
        {file ? (
          <>
            <section aria-labelledby="plan-heading">
              <div className="page-head">
                <h3 id="plan-heading">Investigation plan</h3>
                {toggle('plan', file.plan ? 'Edit the plan' : 'Write the plan', 'Cancel the plan')}
              </div>
              {open === 'plan' ? <PlanForm {...formProps} plan={file.plan ?? null} /> : null}
              {file.plan ? (
                <dl>
                  <dt>What happened</dt>
                  <dd>{file.plan.whatHappened || '—'}</dd>
                  <dt>What should have happened</dt>
                  <dd>{file.plan.whatShouldHaveHappened || '—'}</dd>
                  <dt>The difference</dt>
                  <dd>{file.plan.difference || '—'}</dd>
                  <dt>Evidence needed</dt>
                  <dd>{file.plan.evidenceNeeded || '—'}</dd>
                </dl>
              ) : (
                <p className="empty">No plan yet.</p>
              )}
            </section>

            <section aria-labelledby="meetings-heading">
              <div className="page-head">
                <h3 id="meetings-heading">Meetings with the {term}</h3>
                {toggle('meeting', 'Add a meeting', 'Cancel the meeting')}
              </div>
              {open === 'meeting' ? <MeetingForm {...formProps} /> : null}
              {file.meetings.length === 0 ? (
                <p className="empty">No meetings recorded.</p>
              ) : (
                <ul aria-label="Meetings">
                  {file.meetings.map((m) => {
                    const state = RECORD_STATE_LABELS[m.recordState]!;
                    return (
                      <li key={m.id} data-testid="meeting">
                        {formatDate(m.heldOn)}: {m.staffPresent}; for the {term}:{' '}
                        {m.customerSidePresent}. <Tag tone={state.tone}>{state.label}</Tag>{' '}
                        {m.recordSentOn
                          ? `Sent ${formatDate(m.recordSentOn)}.`
                          : `Due by ${formatDate(m.recordDueOn)}.`}{' '}
                        {mayChange && !m.recordSentOn ? (
                          <button
                            type="button"
                            className="no-print"
                            aria-label={`Record of the meeting on ${formatDate(m.heldOn)} sent today`}
                            onClick={async () => {
                              await markSent({
                                variables: {
                                  meetingId: m.id,
                                  version: m.version,
                                  sentOn: londonToday(),
                                },
                              });
                              await onDone('Record of the meeting marked as sent.');
                            }}
                          >
                            Record sent today
                          </button>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>

            <section aria-labelledby="alternative-heading">
              <div className="page-head">
                <h3 id="alternative-heading">Alternative resolution</h3>
                {toggle(
                  'alternative',
                  'Record alternative resolution',
                  'Cancel alternative resolution',
                )}
              </div>
              {file.extensionSuggested ? (
                <p className="warning">
                  An alternative approach is in use and stage 2 has not been extended: an extension
                  is likely to be needed (§57).
                </p>
              ) : null}
              {open === 'alternative' ? <AlternativeForm {...formProps} /> : null}
              {file.alternativeResolutions.length === 0 ? (
                <p className="empty">None used.</p>
              ) : (
                <ul aria-label="Alternative resolution approaches">
                  {file.alternativeResolutions.map((a) => (
                    <li key={a.id}>
                      <strong>{APPROACHES[a.approach] ?? a.approach}</strong> from{' '}
                      {formatDate(a.startedOn)}
                      {a.endedOn ? ` to ${formatDate(a.endedOn)}` : ' (under way)'}
                      {a.description ? `: ${a.description}` : ''}
                      {a.result ? `. Result: ${a.result}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <EvidenceSection
              complaintId={complaintId}
              files={file.evidence}
              mayChange={mayChange}
              onDone={onDone}
            />

            <section aria-labelledby="report-heading">
              <div className="page-head">
                <h3 id="report-heading">Investigator&rsquo;s report</h3>
                {toggle(
                  'report',
                  file.report ? 'Edit the report' : 'Write the report',
                  'Cancel the report',
                )}
              </div>
              {open === 'report' ? (
                <ReportForm {...formProps} report={file.report ?? null} files={file.evidence} />
              ) : null}
              {file.report ? (
                <>
                  <p className="hint">Written {formatDate(file.report.writtenOn)}.</p>
                  {file.report.text ? <p className="pre-wrap">{file.report.text}</p> : null}
                  {file.report.fileId ? (
                    <p>
                      <a href={`/evidence/${file.report.fileId}`}>Download the report file</a>
                    </p>
                  ) : null}
                </>
              ) : (
                <p className="empty">No report yet.</p>
              )}
            </section>
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
