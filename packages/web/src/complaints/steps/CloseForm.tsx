import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { RESPONSE_METHOD_LABELS, RESPONSE_METHODS } from '@chp/domain';
import { Field, FieldGroup, onSubmitted, Select, StepForm } from '../../lib/forms';
import { OUTCOMES } from '../labels';
import { CLOSE } from '../queries';
import { CLOSE_ALIASES, CLOSE_FIELDS, checkClose, toCloseInput, type Finding } from './close-input';
import { FindingsFieldset } from './FindingsFieldset';
import { RootCauseChoices } from './RootCausesForm';
import { useComplaintStep, useNowField, type StepFormProps } from './shared';
import { usePersonTerm } from '../../lib/person-term';

function Checkbox({
  name,
  checked,
  onChange,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: string;
}) {
  return (
    <label className="inline checkbox">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {children}
    </label>
  );
}

export function CloseForm(props: StepFormProps) {
  const { term, Term } = usePersonTerm();
  const c = props.complaint;
  const stage2 = c.currentStage === 2;
  const withPoints = stage2 && c.points.length > 0;
  const step = useComplaintStep(CLOSE, CLOSE_FIELDS, props, {}, CLOSE_ALIASES);
  const [at, setAt, atInstant] = useNowField();
  const [outcome, setOutcome] = useState(withPoints ? 'findings' : '');
  const [findings, setFindings] = useState<Record<string, Finding>>({});
  const [agreedAction, setAgreedAction] = useState('');
  const [customerAgreedOn, setCustomerAgreedOn] = useState('');
  const [spsoSignposted, setSpsoSignposted] = useState(stage2);
  const [tribunalCase, setTribunalCase] = useState(false);
  const [tribunalSignposted, setTribunalSignposted] = useState(false);
  const [rootCauseIds, setRootCauseIds] = useState<string[]>(c.rootCauses.map((r) => r.id));
  const [lateReason, setLateReason] = useState('');
  // §32, §69: the stage's response letter recorded as sent records what was said and how
  const responseLetter = stage2 ? 'stage2_final_response' : 'stage1_response';
  const sentLetter = [...(c.letters ?? [])].reverse().find((l) => l.kind === responseLetter);
  const [reasons, setReasons] = useState('');
  const [communicatedBy, setCommunicatedBy] = useState(
    sentLetter ? '' : (c.customer?.preferredContact ?? ''),
  );
  // §29, Appendix 1 §10: after its last day stage 1 should go to stage 2; closing it needs a reason
  const lastDay = stage2 ? null : c.timeline.stageOneLastDay;
  const closedLate = lastDay !== null && at.slice(0, 10) > lastDay;
  // §74: the Tribunal question only where it applies (housing, stage 2)
  const tribunalOffered = c.tribunalSignpostingOffered;

  const submit = () => {
    const values = {
      stage2,
      pointIds: c.points.map((p) => p.id),
      at: atInstant(),
      outcome,
      findings,
      agreedAction,
      customerAgreedOn,
      spsoSignposted,
      tribunalCase,
      tribunalSignposted,
      rootCauseIds,
      closedLate,
      lateReason,
      tribunalOffered,
      reasons,
      communicatedBy,
      responseSent: sentLetter !== undefined,
    };
    if (step.check(checkClose(values))) return;
    return step.submit(toCloseInput(values), `Stage ${c.currentStage} closed.`);
  };
  return (
    <StepForm
      id="step-close"
      title={`Close stage ${c.currentStage} with the outcome`}
      state={step}
      onSubmit={onSubmitted(submit)}
      submit={`Close stage ${c.currentStage}`}
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Field name="at" label="Response sent">
        {(p) => (
          <input {...p} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        )}
      </Field>
      {withPoints ? (
        <FindingsFieldset points={c.points} findings={findings} setFindings={setFindings} />
      ) : null}
      <FieldGroup name="outcome" legend="Outcome">
        {withPoints ? (
          <label className="inline">
            <input
              type="radio"
              name="outcome"
              value="findings"
              checked={outcome === 'findings'}
              onChange={() => setOutcome('findings')}
            />{' '}
            Follows from the findings
          </label>
        ) : null}
        {OUTCOMES.map(([v, t]) => (
          <label key={v} className="inline">
            <input
              type="radio"
              name="outcome"
              value={v}
              checked={outcome === v}
              onChange={() => setOutcome(v)}
            />{' '}
            {t}
          </label>
        ))}
      </FieldGroup>
      {outcome === 'resolved' ? (
        <div className="form-grid">
          <Field name="agreedAction" label={`Action agreed with the ${term}`}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={agreedAction}
                onChange={(e) => setAgreedAction(e.target.value)}
              />
            )}
          </Field>
          <Field name="customerAgreedOn" label={`${Term} agreed on`}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={customerAgreedOn}
                onChange={(e) => setCustomerAgreedOn(e.target.value)}
              />
            )}
          </Field>
        </div>
      ) : null}
      {sentLetter ? (
        <p className="hint">
          The {stage2 ? 'final response' : 'stage 1 response'} letter was recorded as sent (
          {RESPONSE_METHOD_LABELS[sentLetter.sentVia].toLowerCase()}): it records what was said and
          how.
        </p>
      ) : null}
      {!stage2 && outcome !== 'resolved' ? (
        <Field
          name="reasons"
          label="Reasons for the decision"
          hint={`What the ${term} was told about why (§31)${sentLetter ? '; the letter sent already gives them' : ''}`}
        >
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={reasons}
              onChange={(e) => setReasons(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Select
        name="communicatedBy"
        label="How the response was given"
        value={communicatedBy}
        onChange={setCommunicatedBy}
        options={RESPONSE_METHODS.map((m) => [m, RESPONSE_METHOD_LABELS[m]] as const)}
        placeholder={sentLetter ? 'As the letter was sent' : 'Choose…'}
      />
      {stage2 ? (
        <FieldGroup name="spsoSignposted">
          <Checkbox name="spsoSignposted" checked={spsoSignposted} onChange={setSpsoSignposted}>
            {`The response tells the ${term} how to go to the SPSO`}
          </Checkbox>
        </FieldGroup>
      ) : (
        <p className="hint">
          At stage 1 the response tells the {term} they can ask for a stage 2 investigation; the
          SPSO comes after stage 2.
        </p>
      )}
      {closedLate && lastDay ? (
        <Field
          name="lateReason"
          label="Why stage 1 is closed, not escalated"
          hint={`Stage 1 was due by ${formatDate(lastDay)} at the latest (day 10 or its extension): a complaint not answered by then goes to stage 2 (§29).`}
        >
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={lateReason}
              onChange={(e) => setLateReason(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      {tribunalOffered ? (
        <FieldGroup name="tribunalCase">
          <Checkbox name="tribunalCase" checked={tribunalCase} onChange={setTribunalCase}>
            Factoring, shared owner or private tenancy case (§74)
          </Checkbox>
        </FieldGroup>
      ) : null}
      {tribunalOffered && tribunalCase ? (
        <FieldGroup name="tribunalSignposted">
          <Checkbox
            name="tribunalSignposted"
            checked={tribunalSignposted}
            onChange={setTribunalSignposted}
          >
            The response signposts the First-tier Tribunal
          </Checkbox>
        </FieldGroup>
      ) : null}
      <RootCauseChoices chosen={rootCauseIds} setChosen={setRootCauseIds} />
    </StepForm>
  );
}
