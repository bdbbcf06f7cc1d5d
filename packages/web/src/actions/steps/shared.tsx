import type { DocumentNode } from 'graphql';
import type { RuleMessageContext } from '@chp/domain';
import { useVersionedMutation } from '../../lib/forms';
import type { ActionDetail } from '../types';

export interface StepProps {
  action: ActionDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
  reload: () => Promise<unknown>;
}

/** One step on the action: its id and version are sent; on success, `onDone`. */
export function useActionStep(
  mutation: DocumentNode,
  fields: readonly string[],
  props: StepProps,
  context: RuleMessageContext = {},
) {
  const step = useVersionedMutation(mutation, {
    record: props.action,
    fields,
    reload: props.reload,
    context,
  });
  async function submit(variables: Record<string, unknown>, done: string) {
    if (await step.run(variables)) props.onDone(done);
  }
  return { ...step, submit };
}
