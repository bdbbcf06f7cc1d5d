import { Field, FieldGroup } from '../lib/forms';
import { usePersonTerm } from '../lib/person-term';

/** When the customer was told, and that they were told of the review and of the SPSO (Part 1 §12–13). */
export function CustomerToldFields({
  v,
  setV,
}: {
  v: { customerToldOn: string; toldOfReview: boolean; toldOfSpso: boolean };
  setV: (
    patch: Partial<{ customerToldOn: string; toldOfReview: boolean; toldOfSpso: boolean }>,
  ) => void;
}) {
  const { term } = usePersonTerm();
  return (
    <>
      <Field name="customerToldOn" label={`Date the ${term} was told`}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={v.customerToldOn}
            onChange={(e) => setV({ customerToldOn: e.target.value })}
          />
        )}
      </Field>
      <FieldGroup name="toldOfReview">
        <label className="inline checkbox">
          <input
            type="checkbox"
            checked={v.toldOfReview}
            onChange={(e) => setV({ toldOfReview: e.target.checked })}
          />{' '}
          The {term} was told of their right to have the decision reviewed
        </label>
      </FieldGroup>
      <FieldGroup name="toldOfSpso">
        <label className="inline checkbox">
          <input
            type="checkbox"
            checked={v.toldOfSpso}
            onChange={(e) => setV({ toldOfSpso: e.target.checked })}
          />{' '}
          The {term} was told they can go to the SPSO
        </label>
      </FieldGroup>
    </>
  );
}
