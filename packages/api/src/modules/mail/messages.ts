import { longDate } from '@chp/domain';
import { CUSTOMER_REASONS, type MailReason } from './mail-reasons';

/** What the outbox keeps of a message: what it is about, a link, and the figures it quotes. */
export interface StoredMessage {
  reason: MailReason;
  linkPath: string;
  details: Record<string, unknown>;
}

/** A message as sent: subject, plain text and HTML. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** Where each person changes what they are sent (signed in). */
export const PREFERENCES_PATH = '/notifications';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const text = (details: Record<string, unknown>, key: string): string => {
  const value = details[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const count = (details: Record<string, unknown>, key: string): number => Number(details[key] ?? 0);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One line per reason: the subject and the sentence of the message. Only references, dates and
 * counts: never a customer's name or contact details, nor the text of a complaint or action.
 */
function headline(message: StoredMessage): { subject: string; sentence: string } {
  const d = message.details;
  switch (message.reason) {
    case 'action_due_soon':
      return {
        subject: 'Improvement action due soon',
        sentence: `An improvement action you own is due on ${longDate(text(d, 'targetDate'))}.`,
      };
    case 'action_due_today':
      return {
        subject: 'Improvement action due today',
        sentence: `An improvement action you own is due today, ${longDate(text(d, 'targetDate'))}.`,
      };
    case 'action_overdue':
      return {
        subject: 'Improvement action overdue',
        sentence: `An improvement action you own was due on ${longDate(text(d, 'targetDate'))} and is not yet done.`,
      };
    case 'recommendation_due_soon':
    case 'recommendation_due_today':
    case 'recommendation_overdue':
      return deadline(
        'SPSO recommendation',
        `An SPSO recommendation you own on complaint ${text(d, 'reference')}`,
        message.reason,
        text(d, 'dueOn'),
      );
    case 'response_due_soon':
    case 'response_due_today':
    case 'response_overdue':
      return deadline(
        'Response',
        `The stage ${text(d, 'stage')} response to complaint ${text(d, 'reference')}`,
        message.reason,
        text(d, 'dueOn'),
      );
    case 'acknowledgement_due_soon':
    case 'acknowledgement_due_today':
    case 'acknowledgement_overdue':
      return deadline(
        'Acknowledgement',
        `The stage 2 acknowledgement of complaint ${text(d, 'reference')}`,
        message.reason,
        text(d, 'dueOn'),
      );
    case 'update_due_soon':
    case 'update_due_today':
    case 'update_overdue':
      return deadline(
        'Update',
        `The update owed on the extended stage 2 of complaint ${text(d, 'reference')} (§62)`,
        message.reason,
        text(d, 'dueOn'),
      );
    case 'action_to_authorise':
      return {
        subject: 'An improvement action waits for your authorisation',
        sentence: `An improvement action due on ${longDate(text(d, 'targetDate'))} has been proposed and waits for a manager to authorise it.`,
      };
    case 'actions_waiting_authorisation':
      return {
        subject: 'Improvement actions wait for authorisation',
        sentence: `${plural(count(d, 'count'), 'improvement action waits', 'improvement actions wait')} for a manager to authorise.`,
      };
    case 'publications_waiting_review':
      return {
        subject: 'Publications wait for review',
        sentence: `${plural(count(d, 'count'), 'publication waits', 'publications wait')} for review before publication.`,
      };
    case 'extension_to_approve':
      return {
        subject: 'An extension waits for your approval',
        sentence: `The handler of complaint ${text(d, 'reference')} asks for the stage ${text(d, 'stage')} deadline to be extended to ${longDate(text(d, 'dueOn'))}; it waits for a manager to agree it (§27, §62).`,
      };
    case 'sign_off_to_approve':
      return {
        subject: 'A stage 2 response waits for your sign-off',
        sentence: `The stage 2 response to complaint ${text(d, 'reference')} waits for an empowered manager to sign it off (§65).`,
      };
    case 'weekly_digest':
      return {
        subject: `Complaints this week: ${longDate(text(d, 'from'))} to ${longDate(text(d, 'to'))}`,
        sentence:
          `Received ${count(d, 'received')}, closed ${count(d, 'closed')}; ` +
          `${plural(count(d, 'overdueComplaints'), 'complaint', 'complaints')} open past the due date; ` +
          `${plural(count(d, 'overdueActions'), 'improvement action', 'improvement actions')} overdue.`,
      };
    case 'quarterly_indicators':
      return {
        subject: `SPSO indicators for ${text(d, 'label')}`,
        sentence: quarterlySentence(d as unknown as QuarterlyIndicatorDetails),
      };
    case 'named_in_complaint':
      return {
        subject: `You are named in complaint ${text(d, 'reference')}`,
        sentence: `You are named in (or can be identified from) complaint ${text(d, 'reference')}. The complaints team will tell you what it is about, how it will be handled and how you will be kept updated, and will give you a contact for support (§48).`,
      };
    case 'satisfaction_survey':
      return {
        subject: 'How did we handle your complaint?',
        sentence: `Thank you for telling us about a problem. Please answer three short questions about how we handled your complaint ${text(d, 'reference')}: it takes about two minutes, needs no sign-in, and the link works once, until ${longDate(text(d, 'lastDay'))}.`,
      };
    case 'recurrence_survey':
      return {
        subject: 'Has the problem come back?',
        sentence: `After your complaint ${text(d, 'reference')} we changed how we work. Please tell us whether the problem has come back: one question, no sign-in, and the link works once, until ${longDate(text(d, 'lastDay'))}.`,
      };
    case 'support_contact_asked':
      return {
        subject: `You are a support contact on complaint ${text(d, 'reference')}`,
        sentence: `You have been asked to support a member of staff named in complaint ${text(d, 'reference')}: to give them support and information on what to expect from the complaints procedure (§48).`,
      };
    case 'action_cause_returned':
      return {
        subject: 'An improvement action is flagged for review: its cause came back',
        sentence:
          `Complaints with the root causes of an improvement action completed on ${longDate(text(d, 'completedOn'))} came back above their level before it: ` +
          `${plural(count(d, 'before'), 'complaint', 'complaints')} in the ${count(d, 'months')} months before, ` +
          `${count(d, 'after')} in the ${count(d, 'afterMonths')} months after. Review the action and its effect.`,
      };
    case 'daily_summary': {
      const items = (d.items as StoredMessage[] | undefined) ?? [];
      return {
        subject: `Your reminders: ${plural(items.length, 'item', 'items')}`,
        sentence: `Your reminders for ${longDate(text(d, 'day'))}:`,
      };
    }
  }
}

/**
 * The figures of a closed quarter, as the indicators page computes them (docs/procedure.md, SPSO
 * performance indicators, rows A-F): counts, shares and averages only.
 */
export interface QuarterlyIndicatorDetails {
  label: string;
  from: string;
  to: string;
  received: number;
  receivedPerThousand: number | null;
  populationLabel: string | null;
  closed: number;
  stages: Record<
    'stage1' | 'stage2Direct' | 'stage2Escalated',
    {
      closed: number;
      outcomes: Record<'resolved' | 'upheld' | 'partiallyUpheld' | 'notUpheld', { count: number }>;
      averageWorkingDays: number | null;
      withinTimescale: number;
      withinTimescaleShare: number | null;
      extended: number;
      extendedShare: number | null;
    }
  >;
}

const percent = (share: number | null) =>
  share === null ? 'none closed' : `${Math.round(share * 100)}%`;

function quarterlySentence(d: QuarterlyIndicatorDetails): string {
  const perThousand =
    d.receivedPerThousand === null
      ? ''
      : ` (${d.receivedPerThousand.toFixed(1)} per 1,000 ${d.populationLabel ?? 'of the population'})`;
  const buckets = [
    ['Stage 1', d.stages.stage1],
    ['Stage 2 direct', d.stages.stage2Direct],
    ['Stage 2 after escalation', d.stages.stage2Escalated],
  ] as const;
  return [
    `${d.label} (${longDate(d.from)} to ${longDate(d.to)}) has closed.`,
    `A: ${plural(d.received, 'complaint', 'complaints')} received${perThousand}.`,
    ...buckets.map(
      ([name, b]) =>
        `${name}: B ${b.closed} closed; C ${b.outcomes.resolved.count} resolved, ${b.outcomes.upheld.count} upheld, ` +
        `${b.outcomes.partiallyUpheld.count} partially upheld, ${b.outcomes.notUpheld.count} not upheld; ` +
        `D ${b.averageWorkingDays === null ? 'no' : b.averageWorkingDays.toFixed(1)} working days on average; ` +
        `E ${b.withinTimescale} within the timescale (${percent(b.withinTimescaleShare)}); ` +
        `F ${b.extended} extended (${percent(b.extendedShare)}).`,
    ),
  ].join(' ');
}

/** A complaint deadline's subject and sentence, by where it stands. */
function deadline(what: string, sentence: string, reason: MailReason, dueOn: string) {
  if (reason.endsWith('_due_soon'))
    return { subject: `${what} due soon`, sentence: `${sentence} is due on ${longDate(dueOn)}.` };
  if (reason.endsWith('_due_today'))
    return {
      subject: `${what} due today`,
      sentence: `${sentence} is due today, ${longDate(dueOn)}.`,
    };
  return { subject: `${what} overdue`, sentence: `${sentence} was due on ${longDate(dueOn)}.` };
}

const absolute = (baseUrl: string, path: string) => `${baseUrl.replace(/\/+$/, '')}${path}`;

/** Renders a stored message with the site's address (PUBLIC_BASE_URL) for its links. */
export function renderMessage(message: StoredMessage, baseUrl: string): RenderedMessage {
  if (CUSTOMER_REASONS.has(message.reason)) return renderCustomerMessage(message, baseUrl);
  const { subject, sentence } = headline(message);
  const link = absolute(baseUrl, message.linkPath);
  const preferences = absolute(baseUrl, PREFERENCES_PATH);
  const items =
    message.reason === 'daily_summary'
      ? ((message.details.items as StoredMessage[] | undefined) ?? []).map((item) => ({
          sentence: headline(item).sentence,
          link: absolute(baseUrl, item.linkPath),
        }))
      : [];
  const textLines = [
    sentence,
    ...items.map((i) => `- ${i.sentence} ${i.link}`),
    '',
    ...(items.length === 0 ? [`Open it: ${link}`, ''] : []),
    `Change which reminders you get, or get them in one daily summary: ${preferences}`,
  ];
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c">',
    `<h1 style="font-size: 20px">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(sentence)}</p>`,
    items.length > 0
      ? `<ul>${items.map((i) => `<li>${escapeHtml(i.sentence)} <a href="${escapeHtml(i.link)}">Open it</a></li>`).join('')}</ul>`
      : `<p><a href="${escapeHtml(link)}">Open it in CHP Insight</a></p>`,
    `<p style="font-size: 14px"><a href="${escapeHtml(preferences)}">Change which reminders you get</a>, or get them in one daily summary.</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `CHP Insight: ${subject}`, text: textLines.join('\n'), html };
}

/** A message to a customer: plain words, the link, and nothing about staff preferences. */
function renderCustomerMessage(message: StoredMessage, baseUrl: string): RenderedMessage {
  const { subject, sentence } = headline(message);
  const link = absolute(baseUrl, message.linkPath);
  const text = [
    sentence,
    '',
    `Answer the survey: ${link}`,
    '',
    'If you would rather not answer, ignore this e-mail.',
  ];
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c">',
    `<h1 style="font-size: 20px">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(sentence)}</p>`,
    `<p><a href="${escapeHtml(link)}">Answer the survey</a></p>`,
    '<p>If you would rather not answer, ignore this e-mail.</p>',
    '</body></html>',
  ].join('\n');
  return { subject, text: text.join('\n'), html };
}
