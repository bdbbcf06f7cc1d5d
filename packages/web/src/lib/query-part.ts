/**
 * One section's share of a request that several sections read (the overview asks for all its
 * figures at once): its own data, and the request's state, so each section still shows its own
 * loading, empty and error states.
 */
export interface QueryPart<T> {
  /** The section's field of the answer; undefined until the first answer. */
  data: T | undefined;
  /** Nothing to show yet. */
  loading: boolean;
  error: unknown;
  /** Asks for the whole request again (the sections' figures stay on screen meanwhile). */
  refetch: () => Promise<unknown>;
}
