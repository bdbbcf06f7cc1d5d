import { Field, FieldGroup, Select, TextArea, type ControlProps } from '../../lib/forms';
import { usePersonTerm } from '../../lib/person-term';
import type { CustomerValues } from '../corrections';
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
  const set = (key: keyof CustomerValues) => (v: string) => onChange({ ...value, [key]: v });
  const input =
    (key: keyof CustomerValues, type = 'text') =>
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
    </FieldGroup>
  );
}
