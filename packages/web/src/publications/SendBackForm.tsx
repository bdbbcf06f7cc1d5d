import { useState } from 'react';
import { sendBackComment, SEND_BACK_COMMENT_MAX } from '@chp/domain';
import { Field, Form, FormActions, onSubmitted } from '../lib/forms';
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
  const [comment, setComment] = useState('');

  async function send() {
    const checked = sendBackComment(comment);
    if (sendBack.check(checked.ok ? {} : { comment: checked.message })) return;
    if (await sendBack.run({ comment: comment.trim() })) onSent();
  }

  return (
    <Form
      id="send-back"
      state={sendBack}
      onSubmit={onSubmitted(send)}
      className="panel"
      label="Send back with comments"
      level={3}
    >
      <Field
        name="comment"
        label="What should the author change?"
        hint={`It goes back to draft; the author sees your comment with your name and the date (at most ${SEND_BACK_COMMENT_MAX} characters).`}
      >
        {(p) => (
          <textarea {...p} rows={4} value={comment} onChange={(e) => setComment(e.target.value)} />
        )}
      </Field>
      <FormActions
        submit="Send it back"
        busy="Sending it back…"
        primary={false}
        loading={sendBack.loading}
        onCancel={onCancel}
      />
    </Form>
  );
}
