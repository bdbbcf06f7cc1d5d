import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import type { RuleMessageContext } from '@chp/domain';
import { apiProblems } from '../errors';
import { failureKind, problemsToErrors, type FailureKind } from './problems';
import { usePersonTerm } from '../person-term';
import { useFormErrors, type FormErrorState } from './use-form-errors';

export interface VersionedRecord {
  id: string;
  version: number;
}

export interface VersionedMutationOptions {
  /** The record on screen: its id and version are sent with every run. */
  record: VersionedRecord;
  /** The form's field names, for errors the API gives by `extensions.field`. */
  fields: readonly string[];
  /** Reloads the record (after a stale version, or a rule in `reloadOn`). */
  reload: () => Promise<unknown>;
  context?: RuleMessageContext;
  aliases?: Record<string, string>;
  /** Rules after which the record is reloaded besides `STALE_VERSION`. */
  reloadOn?: readonly string[];
}

export interface Failure {
  kind: FailureKind;
  error: unknown;
}

export interface VersionedMutation extends FormErrorState {
  /** Sends the mutation with the record's id and version; true when the API accepted it. */
  run: (variables?: Record<string, unknown>) => Promise<boolean>;
  loading: boolean;
  /** The last refusal, by kind: a stale version, a rule refusal, bad input… */
  failure: Failure | null;
}

/**
 * One change to a versioned record. A refusal is read by `extensions.code`/`rule`/`field`,
 * never by its text: a stale version (`rule: 'STALE_VERSION'`) reloads the record and says so.
 */
export function useVersionedMutation(
  mutation: DocumentNode,
  options: VersionedMutationOptions,
): VersionedMutation {
  const [mutate, { loading }] = useMutation(mutation);
  const form = useFormErrors();
  const { term } = usePersonTerm();
  const [failure, setFailure] = useState<Failure | null>(null);

  async function run(variables: Record<string, unknown> = {}): Promise<boolean> {
    const { record, fields, context, aliases, reload, reloadOn = [] } = options;
    form.clear();
    setFailure(null);
    try {
      await mutate({ variables: { id: record.id, version: record.version, ...variables } });
      return true;
    } catch (error) {
      const problems = apiProblems(error);
      const kind = failureKind(problems);
      setFailure({ kind, error });
      form.fail(problemsToErrors(problems, fields, { person: term, ...context }, aliases));
      if (kind === 'stale' || problems.some((p) => p.rule && reloadOn.includes(p.rule)))
        await reload().catch(() => undefined);
      return false;
    }
  }

  return { ...form, run, loading, failure };
}
