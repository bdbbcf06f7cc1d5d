import { useState } from 'react';
import { FieldGroup, onSubmitted, StepForm } from '../../lib/forms';
import { AGREE_POINTS } from '../queries';
import { agreedMessage, checkAgreePoints, toAgreePointsInput } from './inputs';
import { useComplaintStep, type StepFormProps } from './shared';
import { usePersonTerm } from '../../lib/person-term';

export function AgreePointsForm(props: StepFormProps) {
  const { term } = usePersonTerm();
  const existing = props.complaint.points.map((p) => p.description ?? '').filter(Boolean);
  const step = useComplaintStep(AGREE_POINTS, ['points'], props);
  const [points, setPoints] = useState<string[]>(existing.length ? existing : ['']);
  const submit = () => {
    if (step.check(checkAgreePoints(points))) return;
    const input = toAgreePointsInput(points);
    return step.submit(input, agreedMessage(input.points.length));
  };
  return (
    <StepForm
      id="step-agree-points"
      title="Agree the points of complaint"
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Agree the points"
      loading={step.loading}
      onCancel={props.onCancel}
      intro={
        <p className="hint">
          The points agreed with the {term} (§42–47). Agreeing again replaces the earlier points.
        </p>
      }
    >
      <FieldGroup name="points" className="points">
        <ol className="points-inputs">
          {points.map((point, i) => (
            <li key={i}>
              <label htmlFor={`point-${i}`} className="visually-hidden">
                Point {i + 1}
              </label>
              <input
                id={`point-${i}`}
                name={`point-${i}`}
                value={point}
                onChange={(e) => setPoints(points.map((p, j) => (j === i ? e.target.value : p)))}
              />
              {points.length > 1 ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setPoints(points.filter((_, j) => j !== i))}
                >
                  Remove point {i + 1}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setPoints([...points, ''])}>
          Add a point
        </button>
      </FieldGroup>
    </StepForm>
  );
}
