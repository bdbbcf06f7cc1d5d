import { formatDate } from '../lib/format';
import { Form, FormActions, onSubmitted, useVersionedMutation } from '../lib/forms';
import { AGREE_EXTENSION } from './queries';

export interface ExtensionRequest {
  complaintId: string;
  complaintVersion: number;
  reference: string;
  requestedDueOn: string;
  requestReason: string;
}

/**
 * A manager agrees the extension as asked (§27, §62): one click records it on the complaint with
 * the handler's date and reason; the complaint's own page agrees a different date.
 */
export function AgreeExtension({
  request,
  reload,
}: {
  request: ExtensionRequest;
  reload: () => Promise<unknown>;
}) {
  const m = useVersionedMutation(AGREE_EXTENSION, {
    record: { id: request.complaintId, version: request.complaintVersion },
    fields: ['dueOn', 'reason'],
    reload,
  });
  const submit = async () => {
    if (await m.run({ dueOn: request.requestedDueOn, reason: request.requestReason }))
      await reload();
  };
  return (
    <Form
      id={`agree-extension-${request.complaintId}`}
      state={m}
      onSubmit={onSubmitted(submit)}
      label={`Extension for ${request.reference}`}
      level={4}
    >
      <p className="hint">Asked for: {request.requestReason}</p>
      <FormActions
        submit={`Agree the extension to ${formatDate(request.requestedDueOn)}`}
        busy="Agreeing…"
        loading={m.loading}
      />
    </Form>
  );
}
