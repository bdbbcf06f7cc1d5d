import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  APOLOGY_HINT,
  LETTER_KIND_LABELS,
  LETTER_KINDS,
  LETTER_STAGE,
  RESPONSE_METHOD_LABELS,
  RESPONSE_METHODS,
  handlesComplaints,
  seesPersonalData,
  type LetterKind,
} from '@chp/domain';
import { useMe } from '../auth/me-context';
import type {
  ComplaintLettersQuery,
  ComplaintLettersQueryVariables,
  LetterDraftQuery,
  LetterDraftQueryVariables,
  SendLetterMutation,
  SendLetterMutationVariables,
} from '../generated/graphql';
import { formatDate } from '../lib/format';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { QueryState } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { FindingsFieldset } from '../complaints/steps/FindingsFieldset';
import type { Finding } from '../complaints/steps/close-input';
import { LetterPreview } from './LetterPreview';
import { COMPLAINT_LETTERS, LETTER_DRAFT, SEND_LETTER } from './queries';

const SEND_FIELDS = ['kind', 'text', 'sentVia', 'sentOn'] as const;

/**
 * The letters on a complaint's page (docs/procedure.md, Responses and letters): the letters
 * sent, with downloads (accessible HTML, Word, large print), and a letter to write: drafted from
 * the record and the organisation's template, previewed, edited and recorded as sent with how
 * (§32, §69). Never shown to communications or action-only staff.
 */
export function LettersPanel({ complaintId }: { complaintId: string }) {
  const me = useMe();
  const client = useApolloClient();
  const allowed = seesPersonalData(me.role);
  const { data, loading, error, refetch } = useKeptQuery<
    ComplaintLettersQuery,
    ComplaintLettersQueryVariables
  >(COMPLAINT_LETTERS, { id: complaintId }, { skip: !allowed, fetchPolicy: 'cache-and-network' });
  const [send, sending] = useMutation<SendLetterMutation, SendLetterMutationVariables>(SEND_LETTER);
  const form = useFormErrors();
  const [writing, setWriting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // §66: the finding on each point, for a final response written before closure records them
  const [findings, setFindings] = useState<Record<string, Finding>>({});
  const [v, setV] = useState({
    kind: '',
    reasons: '',
    apology: '',
    extensionReason: '',
    newDueOn: '',
    text: '',
    sentVia: '',
    sentOn: '',
  });
  if (!allowed) return null;
  const c = data?.complaint;
  const kinds = LETTER_KINDS.filter((k) => LETTER_STAGE[k] === c?.currentStage);
  const kind = v.kind as LetterKind | '';
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });

  const finalFindings = () => {
    const given = (c?.points ?? []).filter((p) => findings[p.id]?.finding);
    if (kind !== 'stage2_final_response' || given.length === 0) return null;
    return given.map((p) => ({
      pointId: p.id,
      finding: findings[p.id]!.finding as 'upheld' | 'not_upheld',
      reason: findings[p.id]!.reason.trim() || null,
    }));
  };

  async function draft() {
    if (!kind) {
      form.check({ kind: 'Choose the letter to write.' });
      return;
    }
    form.clear();
    try {
      const res = await client.query<LetterDraftQuery, LetterDraftQueryVariables>({
        query: LETTER_DRAFT,
        fetchPolicy: 'network-only',
        variables: {
          complaintId,
          kind: kind,
          reasons: v.reasons.trim() || null,
          apology: v.apology.trim() || null,
          extensionReason: v.extensionReason.trim() || null,
          newDueOn: v.newDueOn || null,
          findings: finalFindings(),
        },
      });
      const d = res.data?.letterDraft;
      if (d) setV((old) => ({ ...old, text: d.text, sentVia: old.sentVia || d.suggestedMethod }));
    } catch (e) {
      form.failFrom(e, ['kind', 'reasons', 'apology', 'extensionReason', 'newDueOn']);
    }
  }

  async function submit() {
    const missing: Record<string, string> = {};
    if (!kind) missing['kind'] = 'Choose the letter to write.';
    if (!v.text.trim()) missing['text'] = 'Draft the letter first, then check and edit it.';
    if (form.check(missing)) return;
    form.clear();
    try {
      await send({
        variables: {
          input: {
            complaintId,
            kind: kind as SendLetterMutationVariables['input']['kind'],
            text: v.text,
            sentVia: (v.sentVia || null) as SendLetterMutationVariables['input']['sentVia'],
            sentOn: v.sentOn || null,
          },
        },
      });
      await refetch();
      setWriting(false);
      setDone(`${LETTER_KIND_LABELS[kind as LetterKind]} recorded as sent.`);
      setV({ ...v, text: '', sentOn: '' });
    } catch (e) {
      form.failFrom(e, SEND_FIELDS);
    }
  }

  return (
    <section aria-labelledby="letters-heading" className="letters">
      <div className="page-head">
        <h2 id="letters-heading">Letters</h2>
        {handlesComplaints(me.role) ? (
          <button
            type="button"
            className="no-print"
            aria-expanded={writing}
            onClick={() => {
              setDone(null);
              setWriting(!writing);
            }}
          >
            {writing ? 'Cancel the letter' : 'Write a letter'}
          </button>
        ) : null}
      </div>
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      <QueryState
        loading={loading && !c}
        error={error && !c ? error : null}
        retry={() => void refetch()}
        what="Loading the letters"
      >
        {c && c.letters.length === 0 ? <p>No letter recorded as sent yet.</p> : null}
        {c && c.letters.length > 0 ? (
          <ul className="letter-list">
            {c.letters.map((l) => (
              <li key={l.id}>
                {LETTER_KIND_LABELS[l.kind]}
                {l.version > 1 ? ` (version ${l.version})` : ''}: sent by{' '}
                {RESPONSE_METHOD_LABELS[l.sentVia].toLowerCase()} on {formatDate(l.sentOn)}.{' '}
                <a href={l.htmlPath} target="_blank" rel="noreferrer">
                  Open (HTML)
                </a>{' '}
                · <a href={l.docxPath}>Word</a> ·{' '}
                <a href={`${l.htmlPath}?print=large`} target="_blank" rel="noreferrer">
                  Large print
                </a>{' '}
                · <a href={`${l.docxPath}?print=large`}>Large print Word</a>
              </li>
            ))}
          </ul>
        ) : null}
      </QueryState>
      {writing && c ? (
        <section className="panel step-form" aria-labelledby="write-letter-heading">
          <h3 id="write-letter-heading">Write a letter</h3>
          <Form id="write-letter" state={form} onSubmit={onSubmitted(submit)} level={4}>
            <Select
              name="kind"
              label="Letter"
              value={v.kind}
              onChange={(k) => setV({ ...v, kind: k, text: '' })}
              options={kinds.map((k) => [k, LETTER_KIND_LABELS[k]] as const)}
              placeholder="Choose…"
            />
            {kind === 'stage1_response' || kind === 'stage2_final_response' ? (
              <>
                <Field
                  name="reasons"
                  label="Reasons for the decision"
                  hint="Why you decided as you did (§31, §66)"
                >
                  {(p) => <textarea {...p} rows={3} value={v.reasons} onChange={set('reasons')} />}
                </Field>
                <Field name="apology" label="Apology" hint={APOLOGY_HINT}>
                  {(p) => <textarea {...p} rows={2} value={v.apology} onChange={set('apology')} />}
                </Field>
              </>
            ) : null}
            {kind === 'stage2_final_response' && c.points.length > 0 ? (
              <FindingsFieldset
                idPrefix="letter-"
                points={c.points.map((p) => ({
                  ...p,
                  description: p.description ?? null,
                }))}
                findings={{
                  ...Object.fromEntries(
                    c.points
                      .filter((p) => p.finding)
                      .map((p) => [p.id, { finding: p.finding!, reason: p.findingReason ?? '' }]),
                  ),
                  ...findings,
                }}
                setFindings={setFindings}
              />
            ) : null}
            {kind.endsWith('_extension') ? (
              <>
                <Field
                  name="extensionReason"
                  label="Why more time is needed"
                  hint="Tell the customer early, and why (§27, §61)"
                >
                  {(p) => (
                    <textarea
                      {...p}
                      rows={2}
                      value={v.extensionReason}
                      onChange={set('extensionReason')}
                    />
                  )}
                </Field>
                <Field
                  name="newDueOn"
                  label="New response date"
                  hint="Left empty: the extended date recorded"
                >
                  {(p) => (
                    <input {...p} type="date" value={v.newDueOn} onChange={set('newDueOn')} />
                  )}
                </Field>
              </>
            ) : null}
            <p>
              <button type="button" onClick={() => void draft()}>
                Draft the letter
              </button>
            </p>
            <Field
              name="text"
              label="Letter text"
              hint='Edit freely. "# " starts a heading, "- " a list item; write every "[to write: …]" before sending.'
            >
              {(p) => <textarea {...p} rows={16} value={v.text} onChange={set('text')} />}
            </Field>
            {v.text.trim() ? <LetterPreview text={v.text} /> : null}
            <Select
              name="sentVia"
              label="Sent by"
              value={v.sentVia}
              onChange={(m) => setV({ ...v, sentVia: m })}
              options={RESPONSE_METHODS.map((m) => [m, RESPONSE_METHOD_LABELS[m]] as const)}
              placeholder="The customer's preferred contact method"
            />
            <Field name="sentOn" label="Date sent" hint="Left empty: today">
              {(p) => <input {...p} type="date" value={v.sentOn} onChange={set('sentOn')} />}
            </Field>
            <FormActions
              submit="Record as sent"
              busy="Recording…"
              loading={sending.loading}
              onCancel={() => setWriting(false)}
            />
          </Form>
        </section>
      ) : null}
    </section>
  );
}
