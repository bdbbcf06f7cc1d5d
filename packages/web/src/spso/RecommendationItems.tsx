import { isManager, readsComplaints } from '@chp/domain';
import { useMe } from '../auth/me-context';
import type { SpsoRecommendationFieldsFragment } from '../generated/graphql';
import { formatDate } from '../lib/format';
import { Link } from '../lib/router';
import { Tag } from '../lib/ui';
import { CompleteRecommendationForm } from './CompleteRecommendationForm';
import { mayComplete, RECOMMENDATION_STATUS } from './recommendation-input';

/** SPSO recommendations, each with its owner, due date and status, and its completion form. */
export function RecommendationItems({
  items,
  open,
  toggle,
  onDone,
  onCancel,
  reload,
  withComplaint = false,
}: {
  items: readonly SpsoRecommendationFieldsFragment[];
  /** The recommendation whose completion form is open. */
  open: string | null;
  toggle: (id: string) => void;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
  reload: () => Promise<unknown>;
  /** Name the complaint (a list across complaints); a link only for those who read complaints. */
  withComplaint?: boolean;
}) {
  const me = useMe();
  const manager = isManager(me.role);
  return (
    <ul className="recommendations">
      {items.map((r) => (
        <li key={r.id}>
          <p>{r.recommendation}</p>
          <p className="meta">
            {withComplaint ? (
              <>
                Complaint{' '}
                {readsComplaints(me.role) ? (
                  <Link to={`/complaints/${r.complaint.id}`}>{r.complaint.reference}</Link>
                ) : (
                  r.complaint.reference
                )}
                ,{' '}
              </>
            ) : null}
            {r.owner.name}, due {formatDate(r.dueOn)}{' '}
            <Tag tone={RECOMMENDATION_STATUS[r.status].tone}>
              {RECOMMENDATION_STATUS[r.status].label}
            </Tag>
            {r.completedOn ? ` on ${formatDate(r.completedOn)}` : null}
          </p>
          {r.evidence ? <p>Evidence: {r.evidence}</p> : null}
          {mayComplete(r, me, manager) ? (
            <button
              type="button"
              className="no-print"
              aria-expanded={open === r.id}
              onClick={() => toggle(r.id)}
            >
              Record it completed
            </button>
          ) : null}
          {open === r.id ? (
            <CompleteRecommendationForm
              recommendation={r}
              onDone={onDone}
              onCancel={onCancel}
              reload={reload}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
