/**
 * `Array.isArray` that keeps the element type: callers may be plain JavaScript, so inputs typed
 * as lists are still checked at run time, and the check must not widen them to `any[]`.
 */
export function isList<T>(value: readonly T[] | null | undefined): value is readonly T[] {
  return Array.isArray(value);
}
