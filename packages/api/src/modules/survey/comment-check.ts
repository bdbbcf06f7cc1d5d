/**
 * The personal-data check a survey comment goes through (docs/procedure.md, Satisfaction survey).
 * It is the publications module's check; that module reads the survey's results (the annual
 * report), so the survey may not import it: the app hands it over here, as the calendar's
 * `onCalendarChange` is handed its listener.
 */
export type CommentCheck = (
  texts: { field: string; text: string }[],
  names: { kind: 'customer_name' | 'staff_name'; name: string }[],
) => { field: string; kind: string; excerpt: string }[];

let check: CommentCheck | null = null;

export function useSurveyCommentCheck(c: CommentCheck): void {
  check = c;
}

/** The findings in `comment`; without a check handed over, any comment is refused (nothing slips through). */
export function commentFindings(
  comment: string,
  names: { kind: 'customer_name' | 'staff_name'; name: string }[],
): { kind: string; excerpt: string }[] {
  if (!check) return [{ kind: 'unchecked', excerpt: '' }];
  return check([{ field: 'comment', text: comment }], names);
}
