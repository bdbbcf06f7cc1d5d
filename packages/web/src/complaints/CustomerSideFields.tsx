import { Field, FieldGroup, TextArea } from '../lib/forms';
import { usePersonTerm } from '../lib/person-term';
import {
  ACCESSIBLE_FORMAT_LABELS,
  CONSENT_SCOPE_LABELS,
  toggled,
  type CustomerSideValues,
} from './customer-side-input';

/**
 * The customer's side on the record-complaint form (docs/procedure.md, The customer's side):
 * anonymous by choice (§11), a representative and the consent given (Part 1 §15–17), support
 * needs and adjustments (SPSO practice note: accessibility).
 */
export function CustomerSideFields({
  v,
  onChange,
}: {
  v: CustomerSideValues;
  onChange: (v: CustomerSideValues) => void;
}) {
  const { term } = usePersonTerm();
  const put = <K extends keyof CustomerSideValues>(key: K, value: CustomerSideValues[K]) =>
    onChange({ ...v, [key]: value });
  const input = (key: keyof CustomerSideValues, type = 'text') =>
    function Control(p: object) {
      return (
        <input
          {...p}
          type={type}
          autoComplete="off"
          value={v[key] as string}
          onChange={(e) => put(key, e.target.value as never)}
        />
      );
    };
  return (
    <>
      <FieldGroup name="anonymous" legend="Anonymous">
        <label className="inline checkbox">
          <input
            type="checkbox"
            name="anonymous"
            checked={v.anonymous}
            onChange={(e) => put('anonymous', e.target.checked)}
          />{' '}
          The {term} chose to stay anonymous
        </label>
        <p className="hint">
          We look into it as far as we can, but cannot reply (§11). Leave unticked when details are
          simply missing.
        </p>
      </FieldGroup>
      {v.anonymous ? null : (
        <>
          <FieldGroup name="representative" legend="Representative">
            <label className="inline checkbox">
              <input
                type="checkbox"
                name="hasRepresentative"
                checked={v.hasRepresentative}
                onChange={(e) => put('hasRepresentative', e.target.checked)}
              />{' '}
              Someone is complaining for the {term}
            </label>
            {v.hasRepresentative ? (
              <div className="form-grid">
                <Field name="customer.representative.name" label="Representative's name">
                  {input('repName')}
                </Field>
                <Field name="repRelationship" label="Relationship or organisation">
                  {input('repRelationship')}
                </Field>
                <Field name="repEmail" label="Representative's e-mail">
                  {input('repEmail', 'email')}
                </Field>
                <Field name="repPhone" label="Representative's phone">
                  {input('repPhone', 'tel')}
                </Field>
                <label className="inline checkbox">
                  <input
                    type="checkbox"
                    name="consentGiven"
                    checked={v.consentGiven}
                    onChange={(e) => put('consentGiven', e.target.checked)}
                  />{' '}
                  The {term} has given consent
                </label>
                {v.consentGiven ? (
                  <>
                    <Field name="customer.representative.consent.givenOn" label="Consent given on">
                      {input('consentGivenOn', 'date')}
                    </Field>
                    <FieldGroup
                      name="customer.representative.consent.scope"
                      legend="The consent covers"
                      hint="Nothing is shared with the representative until consent covers it; letters go to them when it covers the response."
                    >
                      {CONSENT_SCOPE_LABELS.map(([scope, label]) => (
                        <label key={scope} className="inline checkbox">
                          <input
                            type="checkbox"
                            name={`consent-${scope}`}
                            checked={v.consentScope.includes(scope)}
                            onChange={(e) =>
                              put('consentScope', toggled(v.consentScope, scope, e.target.checked))
                            }
                          />{' '}
                          {label}
                        </label>
                      ))}
                    </FieldGroup>
                    <TextArea
                      name="consentNote"
                      label="What else the consent says (optional)"
                      value={v.consentNote}
                      onChange={(t) => put('consentNote', t)}
                    />
                  </>
                ) : (
                  <p className="hint">
                    Without consent nothing personal is shared with the representative.
                  </p>
                )}
              </div>
            ) : null}
          </FieldGroup>
          <FieldGroup name="supportNeeds" legend="Support needs and adjustments">
            {ACCESSIBLE_FORMAT_LABELS.map(([format, label]) => (
              <label key={format} className="inline checkbox">
                <input
                  type="checkbox"
                  name={`format-${format}`}
                  checked={v.formats.includes(format)}
                  onChange={(e) => put('formats', toggled(v.formats, format, e.target.checked))}
                />{' '}
                {label}
              </label>
            ))}
            <label className="inline checkbox">
              <input
                type="checkbox"
                name="bsl"
                checked={v.bsl}
                onChange={(e) => put('bsl', e.target.checked)}
              />{' '}
              British Sign Language
            </label>
            <div className="form-grid">
              <Field name="interpreterLanguage" label="Interpreter (language)">
                {input('interpreterLanguage')}
              </Field>
              <Field name="namedContact" label="Contact person for them">
                {input('namedContact')}
              </Field>
            </div>
            <TextArea
              name="otherNeed"
              label="Other support needs"
              value={v.otherNeed}
              onChange={(t) => put('otherNeed', t)}
            />
          </FieldGroup>
        </>
      )}
    </>
  );
}
