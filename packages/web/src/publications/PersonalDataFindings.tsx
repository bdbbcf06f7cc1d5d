import { usePersonTerm } from '../lib/person-term';
import { findingKindLabel, findingPlace } from './labels';
import type { PersonalDataFinding } from './types';

/** The personal-data check's findings: where, what kind, and the words around it. */
export function PersonalDataFindings({ findings }: { findings: readonly PersonalDataFinding[] }) {
  const { term } = usePersonTerm();
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={i}>
          <strong>{findingPlace(f.field, term)}</strong>: {findingKindLabel(f.kind, term)} in “
          {f.excerpt}”
        </li>
      ))}
    </ul>
  );
}
