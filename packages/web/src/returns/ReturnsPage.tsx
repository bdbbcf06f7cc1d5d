import { useMemo } from 'react';
import type { RegulatorReturnsQuery, RegulatorReturnsQueryVariables } from '../generated/graphql';
import { useFinancialYearStart } from '../lib/financial-year';
import { londonToday } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { useQueryState } from '../lib/router';
import { QueryState, Select } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { REGULATOR_RETURNS } from './queries';
import {
  reconciliationUnit,
  reportingYears,
  returnCsvPath,
  returnValue,
  signed,
} from './return-format';

type Returns = RegulatorReturnsQuery['regulatorReturns'];

const DOWNLOADS = [
  ['spso', "SPSO indicators in the SPSO's layout"],
  ['arc', 'ARC complaint indicators'],
  ['reconciliation', 'Reconciliation of the ARC with the SPSO figures'],
  ['statistics', 'Statistics CSV (statistics.gov.scot data cube shape)'],
] as const;

function SpsoTable({ r }: { r: Returns }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="spso-heading">
      <table className="returns">
        <caption>
          SPSO complaints performance indicators, {r.period.label}: the three stage buckets are
          exclusive
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col" className="number">
              Stage 1
            </th>
            <th scope="col" className="number">
              Stage 2 (direct)
            </th>
            <th scope="col" className="number">
              Stage 2 (after escalation)
            </th>
            <th scope="col" className="number">
              All
            </th>
          </tr>
        </thead>
        <tbody>
          {r.spso.map((l) => (
            <tr key={l.label}>
              <th scope="row">
                {l.indicator}: {l.label}
              </th>
              {([l.stage1, l.stage2Direct, l.stage2Escalated, l.all] as const).map((v, i) => (
                <td key={i} className="number">
                  {returnValue(v ?? null, l.unit)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ArcTable({ r }: { r: Returns }) {
  const rows = [
    ['Complaints received', (s: Returns['arc']['stage1']) => s.received, 'count'],
    [
      'Complaints responded to in full',
      (s: Returns['arc']['stage1']) => s.respondedInFull,
      'count',
    ],
    [
      'Full responses within the timescale',
      (s: Returns['arc']['stage1']) => s.withinTimescale,
      'count',
    ],
    [
      'Average working days for a full response',
      (s: Returns['arc']['stage1']) => s.averageWorkingDays ?? null,
      'workingDays',
    ],
  ] as const;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="arc-heading">
      <table className="returns">
        <caption>
          Scottish Housing Regulator ARC complaint indicators, {r.period.label}: an escalated
          complaint counts at stage 1 and at stage 2
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="number">
              Stage 1
            </th>
            <th scope="col" className="number">
              Stage 2
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, of, unit]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="number">{returnValue(of(r.arc.stage1), unit)}</td>
              <td className="number">{returnValue(of(r.arc.stage2), unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReconciliationTable({ r }: { r: Returns }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="reconciliation-heading">
      <table className="returns">
        <caption>
          Each ARC figure from the SPSO figure closest to it: SPSO figure + differences = ARC figure
        </caption>
        <thead>
          <tr>
            <th scope="col">ARC figure</th>
            <th scope="col">SPSO figure</th>
            <th scope="col">Differences</th>
            <th scope="col" className="number">
              ARC value
            </th>
          </tr>
        </thead>
        <tbody>
          {r.reconciliation.map((l) => {
            const unit = reconciliationUnit(l.figure);
            return (
              <tr key={l.figure}>
                <th scope="row">{l.label}</th>
                <td>
                  {l.spsoFigure}: {returnValue(l.spsoValue ?? null, unit)}
                </td>
                <td>
                  {l.differences.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="plain">
                      {l.differences.map((d) => (
                        <li key={d.reason}>
                          {d.reason}: <strong>{signed(d.value, unit)}</strong>
                        </li>
                      ))}
                    </ul>
                  )}
                  {l.unexplained !== 0 ? (
                    <p className="error-message">Unexplained: {signed(l.unexplained, unit)}</p>
                  ) : null}
                </td>
                <td className="number">{returnValue(l.arcValue ?? null, unit)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The regulator returns for a reporting year (managers and senior management). */
export default function ReturnsPage() {
  usePageTitle('Regulator returns');
  const today = londonToday();
  const startMonth = useFinancialYearStart();
  const years = useMemo(() => reportingYears(today, startMonth), [today, startMonth]);
  const [query, setQuery] = useQueryState();
  const year = query.get('year') ?? years[1]!.value;
  const { data, loading, refreshing, error, refetch } = useKeptQuery<
    RegulatorReturnsQuery,
    RegulatorReturnsQueryVariables
  >(REGULATOR_RETURNS, { period: { financialYear: Number(year) } });
  const r = data?.regulatorReturns;
  return (
    <>
      <div className="page-head">
        <h1>Regulator returns</h1>
        <div className="head-controls no-print">
          <Select
            label="Reporting year"
            value={year}
            onChange={(v) => setQuery({ year: v })}
            options={years.map((y) => [y.value, y.label] as const)}
          />
        </div>
      </div>
      <QueryState
        loading={loading}
        error={error && !r ? error : null}
        retry={() => void refetch()}
        what="Loading the returns"
      >
        {r ? (
          <div aria-busy={refreshing} className={refreshing ? 'refreshing' : undefined}>
            <p className="lead">
              {r.period.label}: exact figures from the complaints register, for the regulators (the
              public annual report applies the small-number rule).
              {r.population === null || r.population === undefined
                ? ' No population is set, so there is no per-1,000 figure (Administration, Organisation settings).'
                : ` Per 1,000 of ${r.population.toLocaleString('en-GB')} ${r.populationWording}.`}
            </p>
            <h2 id="spso-heading">SPSO indicators</h2>
            <SpsoTable r={r} />
            <h2 id="arc-heading">Scottish Housing Regulator: Annual Return on the Charter</h2>
            <ArcTable r={r} />
            <h2 id="reconciliation-heading">Reconciliation with the SPSO figures</h2>
            <ReconciliationTable r={r} />
            <h2 id="downloads-heading">Downloads</h2>
            <ul aria-labelledby="downloads-heading">
              {DOWNLOADS.map(([file, label]) => (
                <li key={file}>
                  <a href={returnCsvPath(file, year)} download>
                    {label} (CSV)
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </QueryState>
    </>
  );
}
