import { Field, Select } from '../lib/forms';
import { PREFERRED_CONTACT } from './labels';
import type { RecordValues } from './record-complaint-input';
import { usePersonTerm } from '../lib/person-term';

type Setter = (key: keyof RecordValues) => (e: { target: { value: string } }) => void;

/** The customer's details on the record-complaint form: whatever they give. */
export function CustomerFields({
  v,
  set,
  setValue,
  setSurveyConsent,
}: {
  v: RecordValues;
  set: Setter;
  setValue: (key: keyof RecordValues, value: string) => void;
  setSurveyConsent: (agrees: boolean) => void;
}) {
  const { term } = usePersonTerm();
  return (
    <fieldset className="form-grid">
      <legend>The {term} (record what they give)</legend>
      <Field name="name" label="Name">
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
      <Field name="email" label="E-mail">
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
      <Field name="phone" label="Phone">
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
      <Field name="postcode" label="Postcode">
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
      <Select
        name="preferredContact"
        label="Preferred contact"
        value={v.preferredContact}
        onChange={(value) => setValue('preferredContact', value)}
        options={PREFERRED_CONTACT}
      />
      <label className="inline checkbox">
        <input
          type="checkbox"
          name="surveyConsent"
          checked={v.surveyConsent}
          onChange={(e) => setSurveyConsent(e.target.checked)}
        />{' '}
        Agrees to a short satisfaction survey by e-mail after the complaint closes
      </label>
    </fieldset>
  );
}
