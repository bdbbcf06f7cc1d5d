import { SendBackCommentForm } from '../lib/SendBackCommentForm';
import { SEND_BACK } from './queries';
import type { PublicationDetail } from './types';
import { usePublicationMutation } from './use-publication-mutation';

/** "Send back with comments": the publication returns to draft with what the author should change (required). */
export function SendBackForm({
  publication,
  reload,
  onSent,
  onCancel,
}: {
  publication: PublicationDetail;
  reload: () => Promise<unknown>;
  onSent: () => void;
  onCancel: () => void;
}) {
  const sendBack = usePublicationMutation(SEND_BACK, publication, ['comment'], reload);
  return (
    <SendBackCommentForm
      id="send-back"
      sendBack={sendBack}
      what="It goes back to draft; the author sees your comment with your name and the date"
      onSent={onSent}
      onCancel={onCancel}
    />
  );
}
