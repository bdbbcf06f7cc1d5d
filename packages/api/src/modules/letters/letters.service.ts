import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  checkLetterTemplate,
  checkLetterToSend,
  DEFAULT_LETTER_TEMPLATES,
  fillLetterText,
  LETTER_KIND_LABELS,
  LETTER_KINDS,
  LETTER_STAGE,
  localDate,
  type LetterKind,
  type ResponseMethod,
} from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import { checkVersion, findInScope, type Tx } from '../../core/mutation';
import { staleVersion } from '../../core/errors';
import { Complaint, ComplaintStatus } from '../complaints';
import { ComplaintLetter } from './complaint-letter.entity';
import { LetterTemplate, LetterTemplateRow } from './letter-template.entity';
import { letterDataFor, loadLetterRecord, type AuthorFields } from './letter-data';
import { letterError } from './letters.errors';
import type { SaveLetterTemplateArgs, SendLetterInput } from './letters.inputs';

/** The organisation's template for `kind`, or the product's default. */
export async function templateFor(
  em: EntityManager,
  organisationId: string,
  kind: LetterKind,
): Promise<LetterTemplate> {
  const row = await em
    .getRepository(LetterTemplateRow)
    .findOne({ where: { organisationId, kind } });
  return {
    kind,
    label: LETTER_KIND_LABELS[kind],
    body: row?.body ?? DEFAULT_LETTER_TEMPLATES[kind],
    isDefault: !row,
    version: row?.version ?? 0,
  };
}

/** Every kind's template for the "Letter templates" page. */
export async function templatesFor(
  em: EntityManager,
  organisationId: string,
): Promise<LetterTemplate[]> {
  const out: LetterTemplate[] = [];
  for (const kind of LETTER_KINDS) out.push(await templateFor(em, organisationId, kind));
  return out;
}

/** A draft of the letter, filled from the record (not stored: the handler edits and sends it). */
export async function draftLetter(
  em: EntityManager,
  organisationId: string,
  complaintId: string,
  kind: LetterKind,
  author: AuthorFields,
  today: string,
  viewerName: string,
): Promise<{ kind: LetterKind; text: string; suggestedMethod: ResponseMethod }> {
  const record = await loadLetterRecord(em, organisationId, complaintId);
  const template = await templateFor(em, organisationId, kind);
  const text = fillLetterText(
    kind,
    template.body,
    letterDataFor(kind, record, author, today, viewerName),
  );
  return { kind, text, suggestedMethod: suggestedMethod(record.preferred_contact) };
}

/** §41, §65: the customer's preferred method of contact when recorded, else a letter. */
function suggestedMethod(preferred: string | null): ResponseMethod {
  return preferred === 'email' ||
    preferred === 'phone' ||
    preferred === 'in_person' ||
    preferred === 'letter'
    ? preferred
    : 'letter';
}

/**
 * Records a letter as sent, and how (§32, §69). The text is checked (nothing left to write; the
 * SPSO in the final response only, §75); a letter sent again is the next version.
 */
export async function sendLetter(tx: Tx, input: SendLetterInput): Promise<ComplaintLetter> {
  const complaint = await findInScope(tx, Complaint, 'Complaint', input.complaintId);
  const stage = LETTER_STAGE[input.kind];
  if (
    complaint.currentStage !== stage ||
    (complaint.status !== ComplaintStatus.open && complaint.status !== ComplaintStatus.closed)
  )
    throw letterError('LETTER_STAGE_NOT_CURRENT');
  const text = input.text.replace(/\r\n?/g, '\n').trim();
  withDomainRules(() => checkLetterToSend(input.kind, text));
  // one sending at a time per complaint and kind, so versions do not collide
  await tx.em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
    `letter:${complaint.id}:${input.kind}`,
  ]);
  let sentVia = input.sentVia ?? null;
  if (!sentVia) {
    const [c] = await tx.em.query<{ preferred_contact: string | null }[]>(
      `SELECT cu.preferred_contact FROM complaint c LEFT JOIN customer cu
          ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
        WHERE c.organisation_id = $1 AND c.id = $2`,
      [complaint.organisationId, complaint.id],
    );
    sentVia = suggestedMethod(c?.preferred_contact ?? null);
  }
  const [{ next }] = (await tx.em.query<{ next: number }[]>(
    `SELECT coalesce(max(version), 0) + 1 AS next FROM complaint_letter
      WHERE organisation_id = $1 AND complaint_id = $2 AND kind = $3`,
    [complaint.organisationId, complaint.id, input.kind],
  )) as [{ next: number }];
  const letter = tx.em.getRepository(ComplaintLetter).create({
    organisationId: complaint.organisationId,
    id: randomUUID(),
    complaintId: complaint.id,
    stage,
    kind: input.kind,
    version: Number(next),
    text,
    sentVia,
    sentOn: input.sentOn ?? localDate(tx.now.toISOString()),
    sentAt: tx.now,
    sentById: tx.viewer.personId,
  });
  await tx.em.getRepository(ComplaintLetter).insert(letter);
  await tx.audit({
    organisationId: complaint.organisationId,
    entity: 'complaint_letter',
    entityId: letter.id,
    changes: { complaintId: complaint.id, kind: letter.kind, version: letter.version, sentVia },
  });
  return letter;
}

/** Saves an organisation's own template for a kind of letter, checked by the domain. */
export async function saveLetterTemplate(
  tx: Tx,
  args: SaveLetterTemplateArgs,
): Promise<LetterTemplate> {
  const organisationId = tx.viewer.organisationId;
  withDomainRules(() => checkLetterTemplate(args.kind, args.body));
  const repo = tx.em.getRepository(LetterTemplateRow);
  const row = await repo.findOne({
    where: { organisationId, kind: args.kind },
    lock: { mode: 'pessimistic_write' },
  });
  if (row) checkVersion('LetterTemplate', row, args.version);
  else if (args.version !== 0) throw staleVersion('LetterTemplate', args.version, 0);
  const version = (row?.version ?? 0) + 1;
  await repo.save({
    organisationId,
    kind: args.kind,
    body: args.body.replace(/\r\n?/g, '\n').trim(),
    version,
    updatedAt: tx.now,
    updatedById: tx.viewer.personId,
  });
  await tx.audit({
    organisationId,
    entity: 'letter_template',
    entityId: organisationId,
    changes: { kind: args.kind, version },
  });
  return templateFor(tx.em, organisationId, args.kind);
}
