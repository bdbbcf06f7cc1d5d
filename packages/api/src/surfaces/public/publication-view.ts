import { barChart } from './bar-chart';
import { FIGURE_LABELS, OUTCOME_FIELDS } from './figure-labels';
import { esc, formatDay, formatInstant, paragraphs } from './html';
import type { Organisation, Publication, PublicAction } from './public-read';
import { headlineFigureFields, publicPeriodName as periodName } from '@chp/domain';

export const kindName = (p: Pick<Publication, 'kind'>): string =>
  p.kind === 'annual' ? 'Annual complaints performance report' : 'You said, we did (quarterly)';

/** Where a page's downloads live, relative to the page itself. */
export const publicationPath = (slug: string, id: string): string =>
  `/public/${encodeURIComponent(slug)}/${encodeURIComponent(id)}`;

/**
 * The headline figures the page shows: on an annual report with the SPSO indicator set, only the
 * set's own figures (no outcome added across stages, the two stage 2 routes never merged).
 */
export const shownFigureFields = (p: Pick<Publication, 'kind' | 'annualReport'>) =>
  headlineFigureFields({ kind: p.kind, hasIndicators: !!p.annualReport?.indicators.length });

function outcomesChart(p: Publication, label: string): string {
  const current = p.figures.current;
  // outcomes added across stages are not an SPSO figure: the indicator table has them per stage
  if (!OUTCOME_FIELDS.every((f) => shownFigureFields(p).includes(f))) return '';
  return barChart({
    name: `Outcomes of complaints closed, ${label}`,
    bars: OUTCOME_FIELDS.map((f) => ({
      label: FIGURE_LABELS[f],
      value: current[f].value,
      display: current[f].display,
    })),
    tableNote: 'The same figures are in the table “Headline figures” above.',
  });
}

function headlineFigures(p: Publication): string {
  const { smallNumberThreshold } = p.figures;
  const current = { ...p.figures.current, label: periodName(p.figures.current) };
  const previous = { ...p.figures.previous, label: periodName(p.figures.previous) };
  const rows = shownFigureFields(p)
    .map(
      (f) =>
        `<tr><th scope="row">${esc(FIGURE_LABELS[f])}</th>` +
        `<td class="number" data-figure="${f}">${esc(current[f].display)}</td>` +
        `<td class="number" data-figure-previous="${f}">${esc(previous[f].display)}</td></tr>`,
    )
    .join('\n');
  return `<h2 id="figures">Headline figures</h2>
<div class="table-scroll"><table>
<caption>Complaints in ${esc(current.label)}, with ${esc(previous.label)} for comparison</caption>
<thead><tr><th scope="col">Figure</th><th scope="col" class="number">${esc(current.label)}</th><th scope="col" class="number">${esc(previous.label)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
<p class="note">To protect the privacy of the people who complained, numbers from 1 to ${smallNumberThreshold - 1} are shown as “fewer than ${smallNumberThreshold}”, and shares or averages based on so few complaints are not shown.</p>
${outcomesChart(p, current.label)}`;
}

function items(p: Publication): string {
  if (!p.items.length) return '';
  const list = p.items
    .map(
      (i) => `<li><dl>
<dt>You said</dt><dd>${esc(i.youSaid)}</dd>
<dt>We did</dt><dd>${esc(i.weDid)}</dd>
${i.serviceAreas.length ? `<dt>Service</dt><dd>${esc(i.serviceAreas.join(', '))}</dd>` : ''}
</dl></li>`,
    )
    .join('\n');
  return `<h2 id="you-said-we-did">You said, we did</h2>\n<ul class="items">\n${list}\n</ul>`;
}

function actions(
  title: string,
  id: string,
  list: PublicAction[],
  dateWord: string,
  none: string,
): string {
  const body = list.length
    ? `<ul>${list.map((a) => `<li><strong>${esc(a.serviceArea)}:</strong> ${esc(a.summary)} (${dateWord} ${esc(formatDay(a.date))})</li>`).join('')}</ul>`
    : `<p>${esc(none)}</p>`;
  return `<h2 id="${id}">${esc(title)}</h2>\n${body}`;
}

function narrative(title: string, id: string, text: string | null): string {
  return text?.trim() ? `<h2 id="${id}">${esc(title)}</h2>\n${paragraphs(text)}` : '';
}

function survey(
  s: NonNullable<Publication['annualReport']>['survey'],
  label: string,
  threshold: number,
): string {
  if (!s) return '';
  return `<h2 id="survey">What you told us in our satisfaction survey</h2>
<div class="table-scroll"><table>
<caption>Satisfaction survey, ${esc(label)}: ${esc(s.answers.display)} surveys answered after a complaint was closed</caption>
<thead><tr><th scope="col">Question</th><th scope="col" class="number">Answered 4 or 5 out of 5</th></tr></thead>
<tbody>
${s.questions.map((q) => `<tr><th scope="row">${esc(q.text)}</th><td class="number" data-survey="${esc(q.key)}">${esc(q.satisfied.display)}</td></tr>`).join('\n')}
<tr><th scope="row">The problem came back (asked later, ${esc(s.recurrenceAnswers.display)} answers)</th><td class="number" data-survey="problemBack">${esc(s.problemBack.display)}</td></tr>
</tbody>
</table></div>
<p class="note">No figure is shown from fewer than ${threshold} answers.</p>`;
}

function annualParts(p: Publication): string {
  const a = p.annualReport;
  if (!a) return '';
  const current = { label: periodName(p.figures.current) };
  const previous = { label: periodName(p.figures.previous) };
  const cell = (f: { display: string } | null) =>
    `<td class="number">${f === null ? '' : esc(f.display)}</td>`;
  const indicators = a.indicators.length
    ? `<h2 id="indicators">SPSO complaints performance indicators</h2>
<div class="table-scroll"><table>
<caption>The Scottish Public Services Ombudsman's indicators, ${esc(current.label)}: stage 2 complaints received straight at stage 2 and those escalated from stage 1 are shown apart</caption>
<thead><tr><th scope="col">Indicator</th><th scope="col" class="number">Stage 1</th><th scope="col" class="number">Stage 2 (direct)</th><th scope="col" class="number">Stage 2 (after escalation)</th><th scope="col" class="number">All</th></tr></thead>
<tbody>
${a.indicators.map((l) => `<tr><th scope="row">${esc(l.indicator)}: ${esc(l.label)}</th>${cell(l.stage1)}${cell(l.stage2Direct)}${cell(l.stage2Escalated)}${cell(l.all)}</tr>`).join('\n')}
</tbody>
</table></div>`
    : '';
  const months = `${survey(a.survey, current.label, p.figures.smallNumberThreshold)}
<h2 id="trends">Complaints month by month</h2>
${barChart({
  name: `Complaints received each month, ${current.label}`,
  bars: a.months.map((m) => ({
    label: m.label,
    value: m.received.value,
    display: m.received.display,
  })),
  tableNote: 'The same figures are in the table below.',
})}
<div class="table-scroll"><table>
<caption>Complaints received and closed each month, ${esc(current.label)}</caption>
<thead><tr><th scope="col">Month</th><th scope="col" class="number">Received</th><th scope="col" class="number">Closed</th></tr></thead>
<tbody>
${a.months.map((m) => `<tr><th scope="row">${esc(m.label)}</th><td class="number" data-month-received="${esc(m.month)}">${esc(m.received.display)}</td><td class="number" data-month-closed="${esc(m.month)}">${esc(m.closed.display)}</td></tr>`).join('\n')}
</tbody>
</table></div>`;
  const services = `<h2 id="services">Complaints by service</h2>
<div class="table-scroll"><table>
<caption>Complaints received by service, ${esc(current.label)} and ${esc(previous.label)}</caption>
<thead><tr><th scope="col">Service</th><th scope="col" class="number">${esc(current.label)}</th><th scope="col" class="number">${esc(previous.label)}</th></tr></thead>
<tbody>
${a.serviceAreas.map((s) => `<tr><th scope="row">${esc(s.name)}</th><td class="number">${esc(s.received.display)}</td><td class="number">${esc(s.previousReceived.display)}</td></tr>`).join('\n')}
</tbody>
</table></div>`;
  return [
    indicators,
    months,
    services,
    narrative('What we learned', 'learning', p.learning),
    actions(
      'Changes we made',
      'actions-taken',
      a.actionsTaken,
      'completed',
      'No changes were completed with a public summary this year.',
    ),
    actions(
      'Changes we have planned',
      'actions-planned',
      a.actionsPlanned,
      'due',
      'No further changes are planned at the moment.',
    ),
    narrative('Customer experience', 'customer-experience', p.customerExperience),
    narrative('Staff training', 'staff-training', p.staffTraining),
  ].join('\n');
}

function downloads(org: Organisation, p: Publication): string {
  const base = publicationPath(org.slug, p.id);
  return `<section class="downloads-section" aria-labelledby="downloads"><h2 id="downloads">Other formats</h2>
<ul class="downloads">
<li><a href="${base}/figures.csv" download>The figures as a spreadsheet (CSV)</a></li>
<li><a href="${base}/report.html" download>This report as a single web page to keep or print (HTML)</a></li>
</ul>
<p>If you need this report in another format, such as large print or another language, please contact ${esc(org.name)}.</p></section>`;
}

/** The body of a published page (and of its downloaded copy, without the download links). */
export function publicationBody(
  org: Organisation,
  p: Publication,
  { withDownloads }: { withDownloads: boolean },
): string {
  return [
    `<h1>${esc(p.title)}</h1>`,
    `<p class="meta">${esc(org.name)} · ${esc(kindName(p))} for ${esc(periodName(p.figures.current))} · Published <time datetime="${esc(p.publishedAt)}">${esc(formatInstant(p.publishedAt))}</time></p>`,
    `<div class="lead">${paragraphs(p.introduction)}</div>`,
    p.kind === 'annual' ? '' : items(p),
    headlineFigures(p),
    annualParts(p),
    p.kind === 'annual' ? items(p) : '',
    withDownloads ? downloads(org, p) : '',
  ]
    .filter(Boolean)
    .join('\n');
}
