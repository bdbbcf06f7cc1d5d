/**
 * What the service-area forms say before sending: a name of 1 to 120 characters that no other
 * area of the organisation has (retired ones included), whatever its case. The API checks again
 * (SERVICE_AREA_NAME_TAKEN).
 */
export function serviceAreaNameProblem(
  name: string,
  areas: readonly { id: string; name: string; active: boolean }[],
  exceptId?: string,
): string | null {
  const wanted = name.trim();
  if (!wanted) return 'Enter a name.';
  if (wanted.length > 120) return 'A service area name has at most 120 characters.';
  const same = areas.find(
    (a) => a.id !== exceptId && a.name.toLowerCase() === wanted.toLowerCase(),
  );
  if (!same) return null;
  return same.active
    ? `There is already a service area called ${same.name}.`
    : `${same.name} is retired: reactivate it instead.`;
}
