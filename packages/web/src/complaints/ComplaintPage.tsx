import { useEffect, useRef, useState } from 'react';
import { ProposeActionForm } from '../actions/ProposeActionForm';
import { useMe } from '../auth/me-context';
import { SubjectAccessLink } from '../exports/DownloadLinks';
import {
  handlesComplaints,
  isManager,
  isSeriousAtStageOne,
  proposesRestrictions,
  seesPersonalData,
} from '@chp/domain';
import { CorrectionsPanel } from './CorrectionsPanel';
import { StaffComplainedAboutPanel } from './staff-complained-about/StaffComplainedAboutPanel';
import { RestrictionsPanel } from '../restrictions/RestrictionsPanel';
import { InvestigationPanel } from '../investigation/InvestigationPanel';
import { CustomerSidePanel } from './CustomerSidePanel';
import { CustomerSideMarkers } from './CustomerSideMarkers';
import { LettersPanel } from '../letters/LettersPanel';
import { AskAManager } from '../work/AskAManager';
import { SpsoRecommendationsPanel } from '../spso/SpsoRecommendationsPanel';
import type {
  ComplaintQuery,
  ComplaintQueryVariables,
  ServiceAreasQuery,
} from '../generated/graphql';
import { useQuery } from '@apollo/client/react';
import { formatDate, humanise } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { usePersonTerm } from '../lib/person-term';
import { Link, navigate, useLocation } from '../lib/router';
import { DeadlineTag, QueryState, TableWrap, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { deadlineRows } from './deadlines';
import { COMPLAINT, SERVICE_AREAS } from './queries';
import { currentStageTimeline, stageLabel } from './register-rows';
import { stepLabel, type ComplaintStep } from './steps';
import { STEP_FORMS } from './steps/index';
import { ComplaintFacts, ComplaintJourney } from './ComplaintFacts';
import type { ComplaintDetail } from './types';
import { WhyThisDate } from './WhyThisDate';
import { usePeopleNames } from './use-people-names';

export default function ComplaintPage({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const personal = seesPersonalData(me.role);
  const { query } = useLocation();
  const { data, loading, error, refetch } = useKeptQuery<ComplaintQuery, ComplaintQueryVariables>(
    COMPLAINT,
    { id: params['id'] as string, personal },
    { fetchPolicy: 'cache-and-network' },
  );
  const [open, setOpen] = useState<ComplaintStep | null>(null);
  const [done, setDone] = useState<string | null>(
    query.get('recorded') ? 'Complaint recorded.' : null,
  );
  const doneRef = useRef<HTMLParagraphElement>(null);
  const c = data?.complaint;
  // names for corrected service areas in the journey (cached: the register asks for them too)
  const areas = useQuery<ServiceAreasQuery>(SERVICE_AREAS, {
    skip: !c?.journey.some((e) => e.type === 'corrected'),
  });
  const areaNames = Object.fromEntries((areas.data?.serviceAreas ?? []).map((a) => [a.id, a.name]));
  const peopleNames = usePeopleNames(c);
  usePageTitle(c ? `Complaint ${c.reference}` : 'Complaint');

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  useEffect(() => {
    if (query.get('recorded')) navigate(window.location.pathname, { replace: true });
  }, [query]);

  return (
    <QueryState
      loading={loading}
      error={error && !c ? error : null}
      retry={() => void refetch()}
      what="Loading the complaint"
    >
      {c ? (
        <ComplaintView
          c={c}
          personal={personal}
          steps={c.allowedSteps}
          open={open}
          setOpen={(s) => {
            setDone(null);
            setOpen(s);
          }}
          done={done}
          doneRef={doneRef}
          onDone={async (message) => {
            await refetch();
            setOpen(null);
            setDone(message);
          }}
          reload={refetch}
          askAManager={
            // managers record extensions and sign-offs themselves; a handler asks one (§27, §65)
            handlesComplaints(me.role) && !isManager(me.role) && c.status === 'open' ? (
              <AskAManager
                complaint={{
                  id: c.id,
                  version: c.version,
                  currentStage: c.currentStage,
                  deadline: currentStageTimeline(c)?.deadline ?? null,
                }}
                reload={refetch}
              />
            ) : null
          }
          restrictions={
            proposesRestrictions(me.role) ? (
              <>
                <RestrictionsPanel complaintId={c.id} />
                <LettersPanel complaintId={c.id} />
              </>
            ) : null
          }
          areaNames={{ ...areaNames, ...peopleNames }}
          customerSide={<CustomerSidePanel complaintId={c.id} personal={personal} />}
          subjectAccess={
            c.customer ? (
              <SubjectAccessLink
                subject={{ customerId: c.customer.id }}
                name={c.customer.name ?? 'this customer'}
              />
            ) : null
          }
          spsoRecommendations={
            c.spsoDecision ? <SpsoRecommendationsPanel complaintId={c.id} /> : null
          }
          investigation={
            personal && c.currentStage === 2 ? <InvestigationPanel complaintId={c.id} /> : null
          }
          staffComplainedAbout={
            personal ? <StaffComplainedAboutPanel complaint={c} onChanged={refetch} /> : null
          }
          corrections={
            <CorrectionsPanel
              c={c}
              personal={personal}
              mayCorrect={handlesComplaints(me.role)}
              mayVoid={isManager(me.role)}
              onDone={async (message) => {
                await refetch();
                setOpen(null);
                setDone(message);
              }}
              reload={refetch}
            />
          }
        />
      ) : null}
    </QueryState>
  );
}

export function ComplaintView({
  c,
  personal,
  steps,
  open,
  setOpen,
  done,
  doneRef,
  onDone,
  reload,
  restrictions = null,
  askAManager = null,
  corrections = null,
  staffComplainedAbout = null,
  customerSide = null,
  subjectAccess = null,
  investigation = null,
  spsoRecommendations = null,
  areaNames,
}: {
  c: ComplaintDetail;
  personal: boolean;
  steps: ComplaintStep[];
  open: ComplaintStep | null;
  setOpen: (s: ComplaintStep | null) => void;
  done: string | null;
  doneRef: React.RefObject<HTMLParagraphElement | null>;
  onDone: (message: string) => Promise<void>;
  reload: () => Promise<unknown>;
  /** The customer's contact restrictions (Part 1 §12–13), for those who may see them. */
  restrictions?: React.ReactNode;
  /** What a handler asks a manager for: an extension, the sign-off (docs/procedure.md, Work queues). */
  askAManager?: React.ReactNode;
  /** Correct details and void a step (docs/procedure.md, Correcting a record), for those who may. */
  corrections?: React.ReactNode;
  /** Staff complained about (§48, §62, §68), for those who read personal data. */
  staffComplainedAbout?: React.ReactNode;
  /** The customer's side: representative, consent, support needs (docs/procedure.md, The customer's side). */
  customerSide?: React.ReactNode;
  /** The subject access download, for administrators (docs/procedure.md, Exports). */
  subjectAccess?: React.ReactNode;
  /** The investigation file of a stage 2 complaint (docs/procedure.md, The investigation file). */
  investigation?: React.ReactNode;
  /** What the SPSO recommended, once it decided (docs/procedure.md, SPSO recommendations). */
  spsoRecommendations?: React.ReactNode;
  /** Service area and staff names by id, for the journey's corrections. */
  areaNames?: Record<string, string>;
}) {
  const { term } = usePersonTerm();
  const current = currentStageTimeline(c);
  const [proposing, setProposing] = useState(false);
  const OpenForm = open ? STEP_FORMS[open] : null;
  return (
    <>
      <p className="breadcrumb no-print">
        <Link to="/complaints">Complaints</Link> › {c.reference}
      </p>
      <div className="page-head">
        <h1>Complaint {c.reference}</h1>
        <p className="tags">
          <Tag tone={c.status === 'open' ? 'neutral' : 'good'}>
            {c.status === 'open' ? 'Open' : 'Closed'}
          </Tag>{' '}
          <Tag tone="neutral">{stageLabel(c)}</Tag> <DeadlineTag status={current?.status} />
          {c.serious ? (
            <>
              {' '}
              <Tag tone="bad">Serious</Tag>
            </>
          ) : null}
          <CustomerSideMarkers anonymous={c.anonymous} supportNeeds={c.hasSupportNeeds} />
        </p>
      </div>
      {isSeriousAtStageOne({ serious: c.serious, stage: c.currentStage === 2 ? 2 : 1 }) ? (
        <p className="note serious-at-stage-one">
          <strong>Serious, high-risk or high-profile, kept at stage 1 (§36).</strong>{' '}
          {personal
            ? c.seriousStageOneReason
              ? `Why not stage 2: ${c.seriousStageOneReason}`
              : 'No reason was recorded (it was recorded before the reason was asked for).'
            : null}{' '}
          Managers see it in the register under{' '}
          <Link to="/complaints?serious=stage1">Serious, kept at stage 1</Link>.
        </p>
      ) : null}
      {done ? (
        <p className="success" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      ) : null}

      <div className="two-col">
        <ComplaintFacts c={c} personal={personal} />

        <section aria-labelledby="deadlines-heading">
          <h2 id="deadlines-heading">Deadlines</h2>
          <TableWrap label="Deadlines">
            <table className="deadlines">
              <caption className="visually-hidden">Every deadline of the complaint</caption>
              <thead>
                <tr>
                  <th scope="col">Deadline</th>
                  <th scope="col">Date</th>
                </tr>
              </thead>
              <tbody>
                {deadlineRows(c.timeline, c.status === 'open' ? 'open' : 'closed', term).map(
                  (row) => (
                    <tr key={row.label} className={`deadline-${row.kind}`}>
                      <th scope="row">{row.label}</th>
                      <td>
                        {formatDate(row.date)}
                        {row.note ? <span className="deadline-note">{row.note}</span> : null}
                        {row.why ? <WhyThisDate why={row.why} about={row.label} /> : null}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </TableWrap>
        </section>
      </div>

      {steps.length ? (
        <section aria-labelledby="steps-heading" className="no-print">
          <h2 id="steps-heading">Next steps</h2>
          <div className="step-buttons">
            {steps.map((s) => (
              <button
                key={s}
                type="button"
                aria-expanded={open === s}
                className={open === s ? 'selected' : undefined}
                onClick={() => setOpen(open === s ? null : s)}
              >
                {stepLabel(s, term)}
              </button>
            ))}
          </div>
          {OpenForm ? (
            <OpenForm
              key={open}
              complaint={c}
              onDone={onDone}
              onCancel={() => setOpen(null)}
              reload={reload}
            />
          ) : null}
        </section>
      ) : null}

      {askAManager}

      {c.points.length ? (
        <section aria-labelledby="points-heading">
          <h2 id="points-heading">Points of complaint</h2>
          <ol>
            {c.points.map((p) => (
              <li key={p.id}>
                {p.description ?? `Point ${p.position}`}
                {p.finding ? ` — ${humanise(p.finding).toLowerCase()}` : ''}
                {p.findingReason ? `: ${p.findingReason}` : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {/* Panels with queries of their own come after what the complaint's own query shows, so
          nothing above them moves when they arrive (layout shift); the header's tags already
          say anonymous and support needs. */}
      {customerSide}
      {restrictions}
      {subjectAccess}
      {investigation}

      {staffComplainedAbout}

      <ComplaintJourney c={c} areaNames={areaNames} />

      {corrections}

      {spsoRecommendations}

      <section aria-labelledby="actions-heading">
        <div className="page-head">
          <h2 id="actions-heading">Improvement actions</h2>
          {steps.length ? (
            <button
              type="button"
              className="no-print"
              aria-expanded={proposing}
              onClick={() => setProposing((p) => !p)}
            >
              {proposing ? 'Cancel proposing' : 'Propose an action'}
            </button>
          ) : null}
        </div>
        {proposing ? (
          <ProposeActionForm
            onCancel={() => setProposing(false)}
            complaintIds={[c.id]}
            serviceAreaId={c.serviceArea.id}
            rootCauseIds={c.rootCauses.map((r) => r.id)}
            about={c.reference}
          />
        ) : null}
        {c.actions.length ? (
          <ul>
            {c.actions.map((a) => (
              <li key={a.id}>
                <Link to={`/actions/${a.id}`}>{a.title}</Link> — {a.owner.name}, target{' '}
                {formatDate(a.targetDate)} <DeadlineTag status={a.deadlineStatus} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">No improvement actions address this complaint yet.</p>
        )}
      </section>
    </>
  );
}
