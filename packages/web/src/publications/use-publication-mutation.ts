import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import { apiProblems, formErrors, type FormErrors } from '../lib/errors';
import { findingsInError } from './findings';
import type { PersonalDataFinding, PublicationDetail } from './types';

const NONE: FormErrors = { fields: {}, form: null };

/**
 * One change to a publication: sends its id and the version on screen, and on refusal gives the
 * messages for the form's fields, the personal-data findings, and reloads a stale page.
 */
export function usePublicationMutation(
  mutation: DocumentNode,
  publication: PublicationDetail,
  fields: readonly string[],
  reload: () => Promise<unknown>,
) {
  const [mutate, { loading }] = useMutation(mutation);
  const [errors, setErrors] = useState<FormErrors>(NONE);
  const [findings, setFindings] = useState<PersonalDataFinding[]>([]);

  async function run(variables: Record<string, unknown>): Promise<boolean> {
    setErrors(NONE);
    setFindings([]);
    try {
      await mutate({
        variables: { id: publication.id, version: publication.version, ...variables },
      });
      return true;
    } catch (error) {
      setErrors(formErrors(error, fields));
      setFindings(findingsInError(error));
      if (
        apiProblems(error).some(
          (p) => p.rule === 'STALE_VERSION' || p.rule === 'PUBLICATION_STATUS',
        )
      )
        await reload().catch(() => undefined);
      return false;
    }
  }

  return { run, loading, errors, findings, setErrors };
}
