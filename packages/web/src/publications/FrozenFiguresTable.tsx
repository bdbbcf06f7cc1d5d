import { DataTable } from '../lib/ui';
import { figureRows } from './figure-rows';
import type { PublicationDetail } from './types';

/** The headline figures frozen at approval, exactly as the public page shows them. */
export function FrozenFiguresTable({
  figures,
}: {
  figures: NonNullable<PublicationDetail['frozenFigures']>;
}) {
  const rows = figureRows(figures.current, figures.previous);
  return (
    <>
      <DataTable
        caption={`Headline figures, frozen at approval: ${figures.current.label} with ${figures.previous.label} beside it`}
        head={['Figure', figures.current.label, figures.previous.label]}
        rows={rows.map((r) => [
          r.label,
          <span data-frozen-figure={r.field}>{r.current}</span>,
          r.previous,
        ])}
      />
      <p className="hint">
        Counts from 1 to {figures.smallNumberThreshold - 1} are shown as “fewer than{' '}
        {figures.smallNumberThreshold}”, so no one can be identified.
      </p>
    </>
  );
}
