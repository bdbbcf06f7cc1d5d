import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { ClosureCalendarQuery, ClosureCalendarQueryVariables } from '../generated/graphql';
import { londonToday } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { QueryState, SuccessMessage } from '../lib/ui';
import { CalendarDayPanel } from './CalendarDayPanel';
import { CalendarYear } from './CalendarYear';
import { dayStatus } from './calendar-year';
import { CLOSURE_CALENDAR } from './calendar-queries';

/** Closure days on a year calendar, beside the Scottish bank holidays (Appendix 1 §1). */
export default function CalendarPage() {
  usePageTitle('Closure days');
  const today = londonToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [focused, setFocused] = useState(today);
  const [selected, setSelected] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const query = useQuery<ClosureCalendarQuery, ClosureCalendarQueryVariables>(CLOSURE_CALENDAR, {
    variables: { year, from: `${year}-01-01`, to: `${year}-12-31` },
  });
  const closures = useMemo(
    () => new Map((query.data?.closureDays ?? []).map((d) => [d.date, d])),
    [query.data],
  );
  const bankHolidays = useMemo(
    () => new Map((query.data?.bankHolidays ?? []).map((h) => [h.date, h.name])),
    [query.data],
  );

  function goToYear(next: number) {
    setYear(next);
    setSelected(null);
    setFocused(next === Number(today.slice(0, 4)) ? today : `${next}-01-01`);
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">Administration</Link>
      </p>
      <h1>Closure days</h1>
      <p>
        Days the service is closed stop counting as working days: local holidays and industrial
        action (Appendix 1 §1). Choose a day to close it or to open it again; before saving you see
        which open complaints&apos; dates move.
      </p>
      <SuccessMessage message={done} />
      <div className="actions-row year-switch">
        <button type="button" onClick={() => goToYear(year - 1)}>
          Previous year<span className="visually-hidden"> ({year - 1})</span>
        </button>
        <h2 className="year-heading">{year}</h2>
        <button type="button" onClick={() => goToYear(year + 1)}>
          Next year<span className="visually-hidden"> ({year + 1})</span>
        </button>
      </div>
      <ul className="calendar-legend" aria-label="Key">
        <li>
          <span className="calendar-swatch day-bank_holiday" aria-hidden="true" /> Bank holiday (not
          editable)
        </li>
        <li>
          <span className="calendar-swatch day-closure" aria-hidden="true" /> Closure day
        </li>
        <li>
          <span className="calendar-swatch day-weekend" aria-hidden="true" /> Weekend
        </li>
      </ul>
      <QueryState
        loading={query.loading && !query.data}
        error={query.error}
        retry={() => void query.refetch()}
        what="Loading the calendar"
      >
        <div className="calendar-layout">
          <CalendarYear
            year={year}
            closures={closures}
            bankHolidays={bankHolidays}
            focused={focused}
            selected={selected}
            onFocusDay={setFocused}
            onSelect={(date) => {
              setDone(null);
              setSelected(date);
            }}
          />
          {selected ? (
            <CalendarDayPanel
              key={`${selected}-${closures.has(selected)}`}
              date={selected}
              status={dayStatus(selected, closures, bankHolidays)}
              onSaved={async (message) => {
                await query.refetch();
                setDone(message);
              }}
            />
          ) : null}
        </div>
      </QueryState>
    </>
  );
}
