import { useEffect } from 'react';

/** Sets the browser tab's title: 'Complaints – CHP Insight'. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – CHP Insight`;
  }, [title]);
}
