import { useVersionedMutation } from '../lib/forms';
import { SendBackCommentForm } from '../lib/SendBackCommentForm';
import { SEND_BACK_BOARD_PACK } from './queries';

/** "Send back with comments": the pack returns to draft with what the author should change (required). */
export function SendBackPackForm({
  pack,
  reload,
  onSent,
  onCancel,
}: {
  pack: { id: string; version: number };
  reload: () => Promise<unknown>;
  onSent: () => void;
  onCancel: () => void;
}) {
  const sendBack = useVersionedMutation(SEND_BACK_BOARD_PACK, {
    record: pack,
    fields: ['comment'],
    reload,
    reloadOn: ['PUBLICATION_STATUS', 'BOARD_PACK_FROZEN'],
  });
  return (
    <SendBackCommentForm
      id="send-back-pack"
      sendBack={sendBack}
      what="The pack goes back to draft; the author sees your comment and the date"
      onSent={onSent}
      onCancel={onCancel}
    />
  );
}
