import { createContext, useContext } from 'react';
import type { Me } from './roles';

export const MeContext = createContext<Me | null>(null);

/** The signed-in member of staff (inside the signed-in part of the app). */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in app');
  return me;
}

/** How the signed-in part tells the app that the session ended (sign-out). */
export const SessionContext = createContext<{ signedOut: () => Promise<void> }>({
  signedOut: () => Promise.resolve(),
});
