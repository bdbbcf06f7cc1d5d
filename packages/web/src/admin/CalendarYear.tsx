import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ClosureReason } from '../generated/graphql';
import { dayLabel, dayStatus, monthGrid, monthName, moveDate } from './calendar-year';

const WEEKDAY_HEADS = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
] as const;

export interface CalendarYearProps {
  year: number;
  closures: ReadonlyMap<string, { reason: ClosureReason; description: string }>;
  bankHolidays: ReadonlyMap<string, string>;
  /** The day that takes keyboard focus (one day of the year is in the tab order). */
  focused: string;
  selected: string | null;
  onFocusDay: (date: string) => void;
  onSelect: (date: string) => void;
}

/**
 * A year of month tables. One day is in the tab order; the arrow keys move by a day or a week,
 * Home and End to the week's ends, Page Up and Page Down by a month; Enter or Space opens the day.
 */
export function CalendarYear(props: CalendarYearProps) {
  const { year, closures, bankHolidays, focused, selected, onFocusDay, onSelect } = props;
  const root = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    root.current?.querySelector<HTMLButtonElement>(`button[data-date="${focused}"]`)?.focus();
  }, [focused]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, date: string) {
    const next = moveDate(date, event.key, year);
    if (!next) return;
    event.preventDefault();
    moved.current = true;
    onFocusDay(next);
  }

  return (
    <div className="calendar-year" ref={root}>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
        <table key={month} className="calendar-month">
          <caption>
            {monthName(month)} {year}
          </caption>
          <thead>
            <tr>
              {WEEKDAY_HEADS.map(([short, long]) => (
                <th key={short} scope="col">
                  <abbr title={long}>{short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(year, month).map((week, w) => (
              <tr key={w}>
                {week.map((date, d) => {
                  if (!date) return <td key={d} />;
                  const status = dayStatus(date, closures, bankHolidays);
                  return (
                    <td key={d}>
                      <button
                        type="button"
                        data-date={date}
                        className={`calendar-day day-${status.kind}`}
                        tabIndex={date === focused ? 0 : -1}
                        aria-label={dayLabel(date, status)}
                        aria-pressed={date === selected}
                        onKeyDown={(e) => onKeyDown(e, date)}
                        onFocus={() => onFocusDay(date)}
                        onClick={() => onSelect(date)}
                      >
                        {Number(date.slice(8, 10))}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
