/**
 * What a pager says and whether it offers a next page. With an estimated total (the register
 * above 10,000 complaints, or a search above 1,000, domain `registerTotal`) the figures are said as "about" or "more
 * than", and the next page is offered while the current page is full.
 */
export function pagerSummary({
  page,
  pageSize,
  total,
  qualifier = '',
  more,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** '' for an exact total; 'about ' or 'more than ' (domain `totalQualifier`). */
  qualifier?: string;
  more?: boolean;
}): { text: string; hasNext: boolean } {
  const exact = qualifier === '';
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = exact ? Math.min(total, page * pageSize) : page * pageSize;
  const n = (x: number) => x.toLocaleString('en-GB');
  return {
    text: `${n(first)}–${n(last)} of ${qualifier}${n(total)} (page ${n(page)} of ${qualifier}${n(pages)})`,
    hasNext: exact ? page < pages : (more ?? page < pages),
  };
}
