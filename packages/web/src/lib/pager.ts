/**
 * What a pager says and whether it offers a next page. With an estimated total (the register
 * above 10,000 complaints, domain `registerTotal`) the figures are said as "about", and the next
 * page is offered while the current page is full.
 */
export function pagerSummary({
  page,
  pageSize,
  total,
  exact = true,
  more,
}: {
  page: number;
  pageSize: number;
  total: number;
  exact?: boolean;
  more?: boolean;
}): { text: string; hasNext: boolean } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = exact ? Math.min(total, page * pageSize) : page * pageSize;
  const about = exact ? '' : 'about ';
  const n = (x: number) => x.toLocaleString('en-GB');
  return {
    text: `${n(first)}–${n(last)} of ${about}${n(total)} (page ${n(page)} of ${about}${n(pages)})`,
    hasNext: exact ? page < pages : (more ?? page < pages),
  };
}
