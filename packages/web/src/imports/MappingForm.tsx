import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type {
  SaveImportMappingMutation,
  SaveImportMappingMutationVariables,
} from '../generated/graphql';
import { Form, FormActions, Select, onSubmitted, useFormErrors } from '../lib/forms';
import {
  columnsChosenTwice,
  mappingToSave,
  missingRequired,
  prefillMapping,
  type MappedColumn,
  type TemplateField,
} from './import-mapping';
import { IMPORT_SETUP, SAVE_IMPORT_MAPPING } from './queries';
import type { ImportKind } from './upload';

/**
 * The file's columns against the template's fields, prefilled from the saved mapping or the
 * columns named like the fields; saving it checks the file (the dry run reads the saved mapping).
 */
export function MappingForm({
  kind,
  fields,
  saved,
  columns,
  checking,
  onSaved,
}: {
  kind: ImportKind;
  fields: TemplateField[];
  saved: MappedColumn[];
  columns: string[];
  checking: boolean;
  onSaved: () => Promise<void>;
}) {
  const form = useFormErrors();
  const [choice, setChoice] = useState(() => prefillMapping(fields, saved, columns));
  const [save, { loading }] = useMutation<
    SaveImportMappingMutation,
    SaveImportMappingMutationVariables
  >(SAVE_IMPORT_MAPPING, {
    refetchQueries: [{ query: IMPORT_SETUP, variables: { kind } }],
  });
  const options = columns.map((c) => [c, c] as const);

  async function submit() {
    const missing = Object.fromEntries(
      missingRequired(fields, choice).map((f) => [f, 'Choose the column this field is read from.']),
    );
    const twice = columnsChosenTwice(choice);
    for (const f of fields)
      if (twice.includes(choice[f.field] ?? '') && !missing[f.field])
        missing[f.field] = `The column "${choice[f.field]}" is chosen for another field too.`;
    if (form.check(missing)) return;
    form.clear();
    try {
      await save({ variables: { mapping: mappingToSave(choice), kind } });
    } catch (error) {
      form.failFrom(error, ['mapping']);
      return;
    }
    await onSaved();
  }

  return (
    <section aria-labelledby="import-mapping-heading">
      <h2 id="import-mapping-heading">Match the columns</h2>
      <p>
        Each field of the template is read from the column of your file chosen here. The mapping is
        saved for your next imports.
      </p>
      <Form
        id="import-mapping"
        state={form}
        onSubmit={onSubmitted(submit)}
        label="Column mapping"
        className="import-mapping"
      >
        {fields.map((f) => (
          <Select
            key={f.field}
            name={f.field}
            label={`${f.field}${f.required ? ' (required)' : ''}`}
            hint={f.hint}
            value={choice[f.field] ?? ''}
            onChange={(v) => setChoice((c) => ({ ...c, [f.field]: v }))}
            options={options}
            placeholder="Not in the file"
          />
        ))}
        <FormActions
          submit="Save the mapping and check the file"
          busy="Checking…"
          loading={loading || checking}
        />
      </Form>
    </section>
  );
}
