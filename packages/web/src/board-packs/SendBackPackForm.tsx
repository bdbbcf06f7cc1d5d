import { useState } from 'react';
import { sendBackComment, SEND_BACK_COMMENT_MAX } from '@chp/domain';
import { Field, Form, FormActions, onSubmitted, useVersionedMutation } from '../lib/forms';
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
  const [comment, setComment] = useState('');

  async function send() {
    const checked = sendBackComment(comment);
    if (sendBack.check(checked.ok ? {} : { comment: checked.message })) return;
    if (await sendBack.run({ comment: comment.trim() })) onSent();
  }

  return (
    <Form
      id="send-back-pack"
      state={sendBack}
      onSubmit={onSubmitted(send)}
      className="panel"
      label="Send back with comments"
      level={3}
    >
      <Field
        name="comment"
        label="What should the author change?"
        hint={`The pack goes back to draft; the author sees your comment and the date (at most ${SEND_BACK_COMMENT_MAX} characters).`}
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
