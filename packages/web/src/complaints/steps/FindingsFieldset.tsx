import { FieldGroup } from '../../lib/forms';
import type { ComplaintDetail } from '../types';
import type { Finding } from './close-input';

/** A finding (upheld or not) and an optional reason on each agreed point of complaint. */
export function FindingsFieldset({
  points,
  findings,
  setFindings,
  idPrefix = '',
}: {
  points: Pick<ComplaintDetail['points'][number], 'id' | 'position' | 'description'>[];
  /** Tells the ids apart when another form on the page asks for findings too. */
  idPrefix?: string;
  findings: Record<string, Finding>;
  setFindings: (findings: Record<string, Finding>) => void;
}) {
  return (
    <FieldGroup name="findings" legend="Findings on the points of complaint">
      {points.map((p) => (
        <div key={p.id} className="finding">
          <p>
            {p.position}. {p.description ?? `Point ${p.position}`}
          </p>
          {['upheld', 'not_upheld'].map((f) => (
            <label key={f} className="inline">
              <input
                type="radio"
                name={`${idPrefix}finding-${p.id}`}
                value={f}
                checked={findings[p.id]?.finding === f}
                onChange={() =>
                  setFindings({
                    ...findings,
                    [p.id]: { finding: f, reason: findings[p.id]?.reason ?? '' },
                  })
                }
              />{' '}
              {f === 'upheld' ? 'Upheld' : 'Not upheld'}
            </label>
          ))}
          <label htmlFor={`${idPrefix}reason-${p.id}`}>Reason (optional)</label>
          <input
            id={`${idPrefix}reason-${p.id}`}
            value={findings[p.id]?.reason ?? ''}
            onChange={(e) =>
              setFindings({
                ...findings,
                [p.id]: { finding: findings[p.id]?.finding ?? '', reason: e.target.value },
              })
            }
          />
        </div>
      ))}
    </FieldGroup>
  );
}
