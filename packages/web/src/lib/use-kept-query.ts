import type { DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

export interface KeptQuery<T> {
  /** The latest data, or the previous variables' data while the next loads. */
  data: T | undefined;
  /** Nothing to show yet (first load). */
  loading: boolean;
  /** New variables are loading while the previous data stays on screen. */
  refreshing: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/**
 * A query hook that keeps the previous data on screen while the next period, filter or page
 * loads, so charts and tables do not flash empty.
 */
export function useKeptQuery<T, V extends OperationVariables = OperationVariables>(
  query: DocumentNode | TypedDocumentNode<T, V>,
  variables?: V,
  options: {
    skip?: boolean;
    fetchPolicy?: 'cache-first' | 'cache-and-network' | 'network-only' | 'cache-only';
  } = {},
): KeptQuery<T> {
  const result = useQuery<T, V>(query, {
    variables,
    skip: options.skip,
    fetchPolicy: options.fetchPolicy ?? 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  } as never);
  const data = (result.data ?? result.previousData) as T | undefined;
  return {
    data,
    loading: result.loading && !data,
    refreshing: result.loading && !!data,
    error: result.error,
    refetch: () => result.refetch(),
  };
}
