import { formatDate, formatTime } from '../lib/format';

/** The comment a draft was last sent back with, for its author (shown while the pack is a draft). */
export function SentBackNote({
  status,
  comment,
  at,
}: {
  status: string;
  comment: string | null | undefined;
  at: string | null | undefined;
}) {
  if (status !== 'draft' || !comment || !at) return null;
  return (
    <section aria-labelledby="sent-back-heading">
      <h2 id="sent-back-heading">Comment from review</h2>
      <p className="pre">{comment}</p>
      <p className="hint">
        Sent back on {formatDate(at)} {formatTime(at)}. Change the pack, then send it for review
        again.
      </p>
    </section>
  );
}
