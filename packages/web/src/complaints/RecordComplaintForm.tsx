import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formErrors, type FormErrors } from '../lib/errors';
import { instantToLondonLocal, londonLocalToInstant } from '../lib/london-time';
import { navigate } from '../lib/router';
import { Field, FormError } from '../lib/ui';
import { CHANNELS, PREFERRED_CONTACT } from './labels';
import { RECORD_COMPLAINT } from './queries';

const FIELDS = [
  'receivedAt',
  'stage',
  'channel',
  'serviceAreaId',
  'category',
  'summary',
  'outcomeSought',
  'awareOn',
  'name',
  'email',
  'phone',
  'postcode',
];

/** Records a new complaint (§5: record what the customer gives), then opens it. */
export function RecordComplaintForm({
  serviceAreas,
  onCancel,
}: {
  serviceAreas: { id: string; name: string }[];
  onCancel: () => void;
}) {
  const [record, { loading }] = useMutation<{ recordComplaint: { id: string; reference: string } }>(
    RECORD_COMPLAINT,
    {
      refetchQueries: ['Register'],
    },
  );
  const [v, setV] = useState({
    receivedAt: instantToLondonLocal(new Date()),
    stage: '1',
    channel: 'phone',
    serviceAreaId: '',
    category: '',
    summary: '',
    outcomeSought: '',
    serious: false,
    awareOn: '',
    name: '',
    email: '',
    phone: '',
    postcode: '',
    preferredContact: '',
  });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });

  function check(): Record<string, string> {
    const missing: Record<string, string> = {};
    if (!v.receivedAt) missing['receivedAt'] = 'Enter when the complaint arrived.';
    if (!v.serviceAreaId)
      missing['serviceAreaId'] = 'Choose the service area the complaint is about.';
    if (!v.category.trim()) missing['category'] = 'Enter a category, such as “Repair not done”.';
    if (!v.summary.trim()) missing['summary'] = 'Summarise what the complaint is about.';
    return missing;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = check();
    if (Object.keys(missing).length)
      return setErrors({
        fields: missing,
        form: 'Some details are missing: see the messages below.',
      });
    setErrors({ fields: {}, form: null });
    const customer = {
      name: v.name,
      email: v.email,
      phone: v.phone,
      postcode: v.postcode,
      preferredContact: v.preferredContact,
    };
    const given = Object.fromEntries(Object.entries(customer).filter(([, x]) => x.trim() !== ''));
    try {
      const result = await record({
        variables: {
          input: {
            receivedAt: londonLocalToInstant(v.receivedAt),
            stage: Number(v.stage),
            channel: v.channel,
            serviceAreaId: v.serviceAreaId,
            category: v.category.trim(),
            summary: v.summary.trim(),
            outcomeSought: v.outcomeSought.trim(),
            serious: v.serious,
            awareOn: v.awareOn || undefined,
            customer: Object.keys(given).length ? given : undefined,
          },
        },
      });
      const id = result.data?.recordComplaint.id;
      if (id) navigate(`/complaints/${id}?recorded=1`);
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  }

  const fe = errors.fields;
  return (
    <section className="panel" aria-labelledby="record-heading">
      <h2 id="record-heading">Record a complaint</h2>
      <form onSubmit={submit} noValidate>
        <FormError message={errors.form} />
        <div className="form-grid">
          <Field
            label="Received"
            hint="Date and time the complaint arrived (UK time)"
            error={fe['receivedAt']}
          >
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                name="receivedAt"
                value={v.receivedAt}
                onChange={set('receivedAt')}
              />
            )}
          </Field>
          <fieldset className="field">
            <legend>Stage</legend>
            {fe['stage'] ? <p className="error-message">{fe['stage']}</p> : null}
            <label className="inline">
              <input
                type="radio"
                name="stage"
                value="1"
                checked={v.stage === '1'}
                onChange={set('stage')}
              />{' '}
              Stage 1 (frontline response)
            </label>
            <label className="inline">
              <input
                type="radio"
                name="stage"
                value="2"
                checked={v.stage === '2'}
                onChange={set('stage')}
              />{' '}
              Straight to stage 2 (investigation)
            </label>
          </fieldset>
          <Field label="How it arrived" error={fe['channel']}>
            {(p) => (
              <select {...p} name="channel" value={v.channel} onChange={set('channel')}>
                {CHANNELS.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Service area" error={fe['serviceAreaId']}>
            {(p) => (
              <select
                {...p}
                name="serviceAreaId"
                value={v.serviceAreaId}
                onChange={set('serviceAreaId')}
              >
                <option value="">Choose…</option>
                {serviceAreas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Category" error={fe['category']}>
            {(p) => <input {...p} name="category" value={v.category} onChange={set('category')} />}
          </Field>
          <Field
            label="When the customer first knew of the problem"
            hint="Optional: starts the escalation and SPSO time limits"
            error={fe['awareOn']}
          >
            {(p) => (
              <input
                {...p}
                type="date"
                name="awareOn"
                value={v.awareOn}
                onChange={set('awareOn')}
              />
            )}
          </Field>
        </div>
        <Field label="What the complaint is about" error={fe['summary']}>
          {(p) => (
            <textarea {...p} name="summary" rows={3} value={v.summary} onChange={set('summary')} />
          )}
        </Field>
        <Field
          label="What the customer wants to happen"
          hint="Optional"
          error={fe['outcomeSought']}
        >
          {(p) => (
            <textarea
              {...p}
              name="outcomeSought"
              rows={2}
              value={v.outcomeSought}
              onChange={set('outcomeSought')}
            />
          )}
        </Field>
        <label className="inline checkbox">
          <input
            type="checkbox"
            name="serious"
            checked={v.serious}
            onChange={(e) => setV({ ...v, serious: e.target.checked })}
          />{' '}
          Serious, high-risk or high-profile
        </label>
        <fieldset className="form-grid">
          <legend>The customer (record what they give)</legend>
          <Field label="Name" error={fe['name']}>
            {(p) => (
              <input
                {...p}
                name="customerName"
                autoComplete="off"
                value={v.name}
                onChange={set('name')}
              />
            )}
          </Field>
          <Field label="E-mail" error={fe['email']}>
            {(p) => (
              <input
                {...p}
                type="email"
                name="customerEmail"
                autoComplete="off"
                value={v.email}
                onChange={set('email')}
              />
            )}
          </Field>
          <Field label="Phone" error={fe['phone']}>
            {(p) => (
              <input
                {...p}
                type="tel"
                name="customerPhone"
                autoComplete="off"
                value={v.phone}
                onChange={set('phone')}
              />
            )}
          </Field>
          <Field label="Postcode" error={fe['postcode']}>
            {(p) => (
              <input
                {...p}
                name="customerPostcode"
                autoComplete="off"
                value={v.postcode}
                onChange={set('postcode')}
              />
            )}
          </Field>
          <Field label="Preferred contact">
            {(p) => (
              <select
                {...p}
                name="preferredContact"
                value={v.preferredContact}
                onChange={set('preferredContact')}
              >
                {PREFERRED_CONTACT.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
        <div className="actions-row">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? 'Recording…' : 'Record the complaint'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
