import { formatDate, formatTime } from '../lib/format';
import type { PublicationDetail } from './types';

type Comment = PublicationDetail['reviewComments'][number];

/** The comments the publication was sent back with, newest first, each with who sent it back and when. */
export function ReviewComments({ comments }: { comments: readonly Comment[] }) {
  if (!comments.length) return null;
  return (
    <section aria-labelledby="review-comments-heading">
      <h2 id="review-comments-heading">Comments from review</h2>
      <ol className="review-comments">
        {comments.map((c) => (
          <li key={c.id}>
            <p className="pre">{c.comment}</p>
            <p className="hint">
              Sent back by {c.sentBackBy.name} on {formatDate(c.sentBackAt)}{' '}
              {formatTime(c.sentBackAt)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
