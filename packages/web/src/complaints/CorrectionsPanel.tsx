import { useState } from 'react';
import { CorrectDetailsForm } from './steps/CorrectDetailsForm';
import { VoidStepForm } from './steps/VoidStepForm';
import { voidableSteps } from './corrections';
import type { ComplaintDetail } from './types';

/**
 * Putting a mistake right (docs/procedure.md, Correcting a record): "Correct details" for
 * handlers and managers, "Void this step" for managers. Each is recorded in the journey.
 */
export function CorrectionsPanel({
  c,
  personal,
  mayCorrect,
  mayVoid,
  onDone,
  reload,
}: {
  c: ComplaintDetail;
  personal: boolean;
  mayCorrect: boolean;
  mayVoid: boolean;
  onDone: (message: string) => Promise<void>;
  reload: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState<'correct' | 'void' | null>(null);
  const canVoid = mayVoid && voidableSteps(c.journey).length > 0;
  if (!mayCorrect && !canVoid) return null;
  const props = {
    complaint: c,
    onDone: async (message: string) => {
      await onDone(message);
      setOpen(null);
    },
    onCancel: () => setOpen(null),
    reload,
  };
  return (
    <section aria-labelledby="corrections-heading" className="no-print">
      <h2 id="corrections-heading">Corrections</h2>
      <div className="step-buttons">
        {mayCorrect ? (
          <button
            type="button"
            aria-expanded={open === 'correct'}
            className={open === 'correct' ? 'selected' : undefined}
            onClick={() => setOpen(open === 'correct' ? null : 'correct')}
          >
            Correct details
          </button>
        ) : null}
        {canVoid ? (
          <button
            type="button"
            aria-expanded={open === 'void'}
            className={open === 'void' ? 'selected' : undefined}
            onClick={() => setOpen(open === 'void' ? null : 'void')}
          >
            Void this step
          </button>
        ) : null}
      </div>
      {open === 'correct' ? <CorrectDetailsForm {...props} personal={personal} /> : null}
      {open === 'void' ? <VoidStepForm {...props} /> : null}
    </section>
  );
}
