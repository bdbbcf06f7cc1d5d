import { useState } from 'react';
import { sendBackComment, SEND_BACK_COMMENT_MAX } from '@chp/domain';
import { Field, Form, FormActions, onSubmitted, type VersionedMutation } from './forms';

/**
 * "Send back with comments" for a document under review (a publication, a board pack): it returns
 * to draft with what the author should change; the comment is required (@chp/domain
 * sendBackComment, docs/procedure.md, Review before publishing).
 */
export function SendBackCommentForm({
  id,
  sendBack,
  what,
  onSent,
  onCancel,
}: {
  id: string;
  sendBack: VersionedMutation;
  /** How the hint begins: 'It goes back to draft; the author sees your comment…'. */
  what: string;
  onSent: () => void;
  onCancel: () => void;
}) {
  const [comment, setComment] = useState('');

  async function send() {
    const checked = sendBackComment(comment);
    if (sendBack.check(checked.ok ? {} : { comment: checked.message })) return;
    if (await sendBack.run({ comment: comment.trim() })) onSent();
  }

  return (
    <Form
      id={id}
      state={sendBack}
      onSubmit={onSubmitted(send)}
      className="panel"
      label="Send back with comments"
      level={3}
    >
      <Field
        name="comment"
        label="What should the author change?"
        hint={`${what} (at most ${SEND_BACK_COMMENT_MAX} characters).`}
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
