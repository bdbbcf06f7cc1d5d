import { Tag } from '../lib/ui';

/**
 * A register row's markers for the customer's side (docs/procedure.md, The customer's side):
 * anonymous (§11), and support needs (SPSO practice note: accessibility) for roles that see personal data (`supportNeeds` is
 * undefined for the others).
 */
export function CustomerSideMarkers({
  anonymous,
  supportNeeds,
}: {
  anonymous?: boolean;
  supportNeeds?: boolean | null;
}) {
  if (!anonymous && !supportNeeds) return null;
  return (
    <>
      {anonymous ? (
        <>
          {' '}
          <Tag tone="neutral">Anonymous</Tag>
        </>
      ) : null}
      {supportNeeds ? (
        <>
          {' '}
          <Tag tone="warn">Support needs</Tag>
        </>
      ) : null}
    </>
  );
}
