import { headlineFigureFields } from '@chp/domain';
import { DataTable } from '../lib/ui';
import { figureRows } from './figure-rows';
import type { PublicationDetail } from './types';

/**
 * The headline figures frozen at approval, exactly as the public page shows them: an annual
 * report with the SPSO indicator set shows only the set's own figures.
 */
export function FrozenFiguresTable({
  kind,
  figures,
}: {
  kind: PublicationDetail['kind'];
  figures: NonNullable<PublicationDetail['frozenFigures']>;
}) {
  const fields = headlineFigureFields({
    kind,
    hasIndicators: !!figures.annualReport?.indicators?.length,
  });
  const rows = figureRows(figures.current, figures.previous, fields);
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
