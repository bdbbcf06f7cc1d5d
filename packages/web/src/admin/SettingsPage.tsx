import { useMutation, useQuery } from '@apollo/client/react';
import { spsoRecommendedWording, TRIBUNAL_DEFAULT_WORDING } from '@chp/domain';
import { useState, type ReactNode } from 'react';
import type {
  OrganisationSettingsQuery,
  OrganisationSettingsQueryVariables,
  UpdateOrganisationSettingsMutation,
  UpdateOrganisationSettingsMutationVariables,
} from '../generated/graphql';
import { apiProblems } from '../lib/errors';
import {
  Field,
  FieldGroup,
  Form,
  FormActions,
  onSubmitted,
  Select,
  TextArea,
  useFormErrors,
} from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { QueryState, SuccessMessage } from '../lib/ui';
import {
  checkSettings,
  MONTH_OPTIONS,
  STAGE_ONE_RESPONDER_OPTIONS,
  personTermAfterSectorChange,
  SECTOR_OPTIONS,
  SETTINGS_FIELDS,
  settingsChanges,
  valuesFrom,
  type OrganisationSettings,
  type SettingsValues,
} from './settings-form';
import { ORGANISATION_SETTINGS, UPDATE_ORGANISATION_SETTINGS } from './settings-queries';

/** A one-line text box of the settings form. */
function TextField({
  name,
  label,
  hint,
  value,
  onChange,
  type = 'text',
  inputMode,
  width,
}: {
  name: keyof SettingsValues;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time';
  inputMode?: 'numeric';
  width?: 'short';
}) {
  return (
    <Field name={name} label={label} hint={hint}>
      {(p) => (
        <input
          {...p}
          type={type}
          inputMode={inputMode}
          className={width === 'short' ? 'input-short' : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

function SettingsForm({
  organisation,
  reload,
}: {
  organisation: OrganisationSettings;
  reload: () => Promise<unknown>;
}) {
  const [values, setValues] = useState<SettingsValues>(() => valuesFrom(organisation));
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors();
  const [save, { loading }] = useMutation<
    UpdateOrganisationSettingsMutation,
    UpdateOrganisationSettingsMutationVariables
  >(UPDATE_ORGANISATION_SETTINGS);
  const set = (k: keyof SettingsValues) => (value: string) =>
    setValues((v) => ({ ...v, [k]: value }));

  async function submit() {
    setDone(null);
    if (form.check(checkSettings(values))) return;
    form.clear();
    try {
      const result = await save({ variables: { settings: settingsChanges(organisation, values) } });
      const saved = result.data?.updateOrganisationSettings;
      if (saved) setValues(valuesFrom(saved));
      setDone('Settings saved.');
    } catch (error) {
      form.failFrom(error, SETTINGS_FIELDS);
      if (apiProblems(error).some((p) => p.rule === 'STALE_VERSION')) {
        const fresh = (await reload().catch(() => null)) as {
          data?: OrganisationSettingsQuery;
        } | null;
        if (fresh?.data) setValues(valuesFrom(fresh.data.organisation));
      }
    }
  }

  const recommended = spsoRecommendedWording({
    organisationName: values.name,
    sector: values.sector,
  });
  return (
    <Form id="settings" state={form} onSubmit={onSubmitted(submit)} label="Organisation settings">
      <SuccessMessage message={done} />
      <FieldGroup name="organisationGroup" legend="The organisation">
        <TextField name="name" label="Name" value={values.name} onChange={set('name')} />
        <Select
          name="sector"
          label="Sector"
          value={values.sector}
          options={SECTOR_OPTIONS}
          onChange={(sector) =>
            setValues((v) => ({
              ...v,
              sector: sector as SettingsValues['sector'],
              personTerm: personTermAfterSectorChange(v, sector as SettingsValues['sector']),
            }))
          }
        />
        <TextField
          name="personTerm"
          label="The word for the person complaining"
          hint="Used wherever the dashboard names them: housing says customer, colleges and universities say complainant."
          value={values.personTerm}
          onChange={set('personTerm')}
        />
      </FieldGroup>
      <FieldGroup name="timelinesGroup" legend="Timelines">
        <TextField
          name="cutOffTime"
          label="Cut-off time (optional)"
          hint="A complaint received after this time on a working day starts on the next working day. Leave empty for no cut-off. Changing it moves the due dates of open complaints."
          value={values.cutOffTime}
          onChange={set('cutOffTime')}
          width="short"
        />
        <TextField
          name="earliestRecordDate"
          label="Earliest date a complaint may be recorded as received"
          type="date"
          value={values.earliestRecordDate}
          onChange={set('earliestRecordDate')}
        />
      </FieldGroup>
      <FieldGroup name="reportingGroup" legend="Reporting">
        <TextField
          name="population"
          label="Population (optional)"
          hint="For complaints per 1,000: homes, tenancies, students or residents."
          value={values.population}
          onChange={set('population')}
          inputMode="numeric"
          width="short"
        />
        <TextField
          name="populationLabel"
          label="What the population counts (optional)"
          hint="For example: homes, students."
          value={values.populationLabel}
          onChange={set('populationLabel')}
        />
        <TextField
          name="publicSmallNumber"
          label="Small-number threshold"
          hint="Published counts from 1 up to one less than this show as 'fewer than N', so no one can be recognised."
          value={values.publicSmallNumber}
          onChange={set('publicSmallNumber')}
          inputMode="numeric"
          width="short"
        />
        <Select
          name="financialYearStartMonth"
          label="Financial year starts in"
          hint="Quarter 1 is the first three months of the financial year."
          value={values.financialYearStartMonth}
          options={MONTH_OPTIONS}
          onChange={set('financialYearStartMonth')}
        />
        <Select
          name="stageOneResponders"
          label="Who may close a complaint at stage 1"
          hint="Any member of staff may respond at stage 1, including the person complained about (§21). Stage 2 is always closed by handlers and managers."
          value={values.stageOneResponders}
          options={STAGE_ONE_RESPONDER_OPTIONS}
          onChange={set('stageOneResponders')}
        />
      </FieldGroup>
      <FieldGroup name="signpostingGroup" legend="Signposting in the final response">
        <TextArea
          name="spsoSignposting"
          label="SPSO signposting text"
          hint="Given in the stage 2 final response only (§75). The SPSO recommends its own wording."
          value={values.spsoSignposting}
          onChange={set('spsoSignposting')}
          rows={10}
        />
        <div className="actions-row">
          <button
            type="button"
            onClick={() => set('spsoSignposting')(recommended)}
            disabled={values.spsoSignposting === recommended}
          >
            Use the SPSO&apos;s recommended wording
          </button>
        </div>
        <TextArea
          name="tribunalSignposting"
          label="First-tier Tribunal signposting text (optional)"
          hint="Housing only: for factoring, shared owners and private residential tenancies (§74). Leave empty if it does not apply."
          value={values.tribunalSignposting}
          onChange={set('tribunalSignposting')}
          rows={4}
        />
        {values.sector === 'housing' ? (
          <div className="actions-row">
            <button
              type="button"
              onClick={() => set('tribunalSignposting')(TRIBUNAL_DEFAULT_WORDING)}
              disabled={values.tribunalSignposting === TRIBUNAL_DEFAULT_WORDING}
            >
              Use the suggested tribunal wording
            </button>
          </div>
        ) : null}
      </FieldGroup>
      <FormActions submit="Save the settings" loading={loading} />
    </Form>
  );
}

/** Organisation settings, for the administrator (docs/procedure.md, Sector settings). */
export default function SettingsPage() {
  usePageTitle('Organisation settings');
  const query = useQuery<OrganisationSettingsQuery, OrganisationSettingsQueryVariables>(
    ORGANISATION_SETTINGS,
    { fetchPolicy: 'network-only' },
  );
  const organisation = query.data?.organisation;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">Administration</Link>
      </p>
      <h1>Organisation settings</h1>
      <QueryState
        loading={query.loading && !query.data}
        error={query.error}
        retry={() => void query.refetch()}
        what="Loading the settings"
      >
        {organisation ? (
          <SettingsForm organisation={organisation} reload={() => query.refetch()} />
        ) : null}
      </QueryState>
    </>
  );
}
