import type { DateExplanation } from './types';

/**
 * "Why this date?": a disclosure under a deadline with the domain's explanation (the rule and its
 * paragraph, the start day, the days not counted and why). The summary names the date it is about
 * for screen-reader users, who meet several of them in one table.
 */
export function WhyThisDate({ why, about }: { why: DateExplanation; about: string }) {
  return (
    <details className="why-date">
      <summary>
        Why this date?<span className="visually-hidden"> {about}</span>
      </summary>
      <p>{why.text}</p>
    </details>
  );
}
