import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import type { RuleMessageContext } from '@chp/domain';
import { useVersionedMutation } from '../../lib/forms';
import { instantToLondonLocal, londonLocalToInstant } from '../../lib/london-time';
import type { ComplaintDetail } from '../types';

export interface StepFormProps {
  complaint: ComplaintDetail;
  /** Called after the API accepted the step (the page reloads the complaint). */
  onDone: (message: string) => void;
  onCancel: () => void;
  /** Reload the complaint (after a stale version). */
  reload: () => Promise<unknown>;
}

/**
 * A date-and-time field that starts at now. Left as it is, the API is sent no time and records
 * the moment of saving: the field shows minutes only, and "now" rounded down to the minute could
 * fall before a step just recorded (a sign-off a few seconds ago).
 */
export function useNowField(): [string, (value: string) => void, () => string | undefined] {
  const [initial] = useState(() => instantToLondonLocal(new Date()));
  const [value, setValue] = useState(initial);
  const instant = () => (value && value !== initial ? londonLocalToInstant(value) : undefined);
  return [value, setValue, instant];
}

/** One lifecycle step on the complaint: its id and version are sent; on success, `onDone`. */
export function useComplaintStep(
  mutation: DocumentNode,
  fields: readonly string[],
  props: StepFormProps,
  context: RuleMessageContext = {},
  aliases: Record<string, string> = {},
) {
  const step = useVersionedMutation(mutation, {
    record: props.complaint,
    fields,
    reload: props.reload,
    context,
    aliases,
  });
  async function submit(variables: Record<string, unknown>, done: string) {
    if (await step.run(variables)) props.onDone(done);
  }
  return { ...step, submit };
}
