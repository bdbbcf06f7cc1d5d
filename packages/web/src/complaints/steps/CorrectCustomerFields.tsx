import { Field, FieldGroup, Select, TextArea, type ControlProps } from '../../lib/forms';
import { usePersonTerm } from '../../lib/person-term';
import type { CUSTOMER_FIELDS, CustomerValues } from '../corrections';
import { PREFERRED_CONTACT } from '../labels';

/** The customer's name and contact details on the "Correct details" form: blank clears one. */
export function CorrectCustomerFields({
  value,
  onChange,
}: {
  value: CustomerValues;
  onChange: (value: CustomerValues) => void;
}) {
  const { term } = usePersonTerm();
  const set = (key: (typeof CUSTOMER_FIELDS)[number]) => (v: string) =>
    onChange({ ...value, [key]: v });
  const input =
    (key: (typeof CUSTOMER_FIELDS)[number], type = 'text') =>
    (p: ControlProps) => (
      <input
        {...p}
        type={type}
        autoComplete="off"
        value={value[key]}
        onChange={(e) => set(key)(e.target.value)}
      />
    );
  return (
    <FieldGroup
      name="customer"
      legend={`The ${term} and how to contact them`}
      hint="Leave a detail blank to remove it"
      className="field form-grid"
    >
      <Field name="customerName" label="Name">
        {input('name')}
      </Field>
      <Field name="customerEmail" label="E-mail">
        {input('email', 'email')}
      </Field>
      <Field name="customerPhone" label="Phone">
        {input('phone', 'tel')}
      </Field>
      <TextArea
        name="customerAddress"
        label="Address"
        value={value.address}
        onChange={set('address')}
      />
      <Field name="customerPostcode" label="Postcode">
        {input('postcode')}
      </Field>
      <Select
        name="customerPreferredContact"
        label="Preferred contact"
        value={value.preferredContact}
        onChange={set('preferredContact')}
        options={PREFERRED_CONTACT}
      />
      <label className="inline checkbox">
        <input
          type="checkbox"
          name="customerSurveyConsent"
          checked={value.surveyConsent}
          onChange={(e) => onChange({ ...value, surveyConsent: e.target.checked })}
        />{' '}
        Agrees to a short satisfaction survey by e-mail after the complaint closes
      </label>
    </FieldGroup>
  );
}
