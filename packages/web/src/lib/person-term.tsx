import { useQuery } from '@apollo/client/react';
import { createContext, useContext, type ReactNode } from 'react';
import type {
  OrganisationBasicsQuery,
  OrganisationBasicsQueryVariables,
} from '../generated/graphql';
import { ORGANISATION_BASICS } from './organisation-basics';

/**
 * The organisation's word for the person complaining ("customer" in housing, "complainant" in
 * colleges and universities: docs/procedure.md, Sector settings), for every label that names them.
 */
export interface PersonWords {
  /** 'customer' */
  term: string;
  /** 'Customer', to start a sentence or a label. */
  Term: string;
}

/** The words for a stored term; 'customer' until the organisation's term is known. */
export function personWords(term: string | null | undefined): PersonWords {
  const t = term?.trim().toLowerCase() || 'customer';
  return { term: t, Term: t.charAt(0).toUpperCase() + t.slice(1) };
}

const PersonTermContext = createContext<PersonWords>(personWords(null));

/** Reads the organisation's term once for the signed-in app (it follows a saved change). */
export function PersonTermProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery<OrganisationBasicsQuery, OrganisationBasicsQueryVariables>(
    ORGANISATION_BASICS,
  );
  return (
    <PersonTermContext.Provider value={personWords(data?.organisation.personTerm)}>
      {children}
    </PersonTermContext.Provider>
  );
}

export const usePersonTerm = (): PersonWords => useContext(PersonTermContext);
