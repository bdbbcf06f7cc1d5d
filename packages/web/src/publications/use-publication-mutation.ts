import type { DocumentNode } from 'graphql';
import { useVersionedMutation } from '../lib/forms';
import { findingsInError } from './findings';
import type { PublicationDetail } from './types';

/**
 * One change to a publication (the form kit's versioned mutation): sends its id and the version
 * on screen, gives the messages for the form's fields and the personal-data findings, and reloads
 * the page after a stale version or a publication that has moved on.
 */
export function usePublicationMutation(
  mutation: DocumentNode,
  publication: PublicationDetail,
  fields: readonly string[],
  reload: () => Promise<unknown>,
) {
  const mutation_ = useVersionedMutation(mutation, {
    record: publication,
    fields,
    reload,
    reloadOn: ['PUBLICATION_STATUS'],
  });
  const findings = mutation_.failure ? findingsInError(mutation_.failure.error) : [];
  return { ...mutation_, findings };
}
