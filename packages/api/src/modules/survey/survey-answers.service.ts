import type { SurveyKind } from '@chp/domain';
import { londonDate } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import type { ChpContext } from '../../core/context';
import { badInput, ruleText } from '../../core/errors';
import { commentFindings } from './comment-check';
import { surveyError } from './survey.errors';
import type { SurveyAnswerInput } from './survey.inputs';
import { checkedSurveyToken, surveyTokenHash } from './survey-token';

interface InvitationRow {
  organisation_id: string;
  id: string;
  complaint_id: string;
  kind: SurveyKind;
  expires_at: Date;
  used_at: Date | null;
}

async function invitation(
  em: Pick<EntityManager, 'query'>,
  token: string,
  now: Date,
  lock: boolean,
): Promise<InvitationRow> {
  const [row]: InvitationRow[] = await em.query(
    `SELECT organisation_id, id, complaint_id, kind, expires_at, used_at
       FROM survey_invitation WHERE token_hash = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [surveyTokenHash(checkedSurveyToken(token))],
  );
  if (!row) throw surveyError('SURVEY_LINK_UNKNOWN');
  if (row.used_at) throw surveyError('SURVEY_LINK_USED');
  if (row.expires_at.getTime() <= now.getTime()) throw surveyError('SURVEY_LINK_EXPIRED');
  return row;
}

/** What the survey page shows before the answers: which survey, and until when (no sign-in). */
export async function surveyLink(
  ctx: ChpContext,
  token: string,
): Promise<{ kind: SurveyKind; expiresAt: Date }> {
  const row = await invitation(ctx.dataSource.manager, token, ctx.clock(), false);
  return { kind: row.kind, expiresAt: row.expires_at };
}

const SCALES = ['easeOfComplaining', 'keptInformed', 'outcomeExplained'] as const;

/** Only the questions of the link's survey may be answered, and at least one must be. */
function checkAnswers(kind: SurveyKind, input: SurveyAnswerInput, comment: string | null): void {
  const asked = kind === 'closure' ? SCALES : (['problemBack'] as const);
  const notAsked = kind === 'closure' ? (['problemBack'] as const) : SCALES;
  for (const field of notAsked)
    if (input[field] != null)
      throw badInput(field, 'SURVEY_QUESTION_NOT_ASKED', ruleText('SURVEY_QUESTION_NOT_ASKED'));
  if (!comment && asked.every((field) => input[field] == null))
    throw badInput(asked[0], 'SURVEY_NOTHING_ANSWERED', ruleText('SURVEY_NOTHING_ANSWERED'));
}

/**
 * Stores a customer's answers and uses the link up, in one transaction with the link's row locked
 * (two tabs cannot both answer). The answer row keeps no link to the complaint or the customer:
 * only the organisation, the kind, the day and the answers; the comment must pass the
 * personal-data check (docs/procedure.md, Satisfaction survey).
 */
export async function answerSurvey(ctx: ChpContext, input: SurveyAnswerInput): Promise<boolean> {
  const now = ctx.clock();
  return ctx.dataSource.transaction(async (em) => {
    const row = await invitation(em, input.token, now, true);
    const comment = input.comment?.trim() || null;
    checkAnswers(row.kind, input, comment);
    if (comment) {
      const names: { kind: 'customer_name' | 'staff_name'; name: string }[] = await em.query(
        `SELECT 'customer_name' AS kind, cu.name FROM complaint c
           JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
          WHERE c.organisation_id = $1 AND c.id = $2 AND cu.name IS NOT NULL
         UNION ALL
         SELECT 'staff_name', p.name FROM complaint c
           JOIN person p ON p.organisation_id = c.organisation_id AND p.id = c.handler_id
          WHERE c.organisation_id = $1 AND c.id = $2`,
        [row.organisation_id, row.complaint_id],
      );
      const findings = commentFindings(comment, names);
      if (findings.length > 0)
        throw surveyError(
          'PERSONAL_DATA',
          `(found: ${[...new Set(findings.map((f) => f.kind))].join(', ')})`,
        );
    }
    await em.query(
      `INSERT INTO survey_answer (organisation_id, kind, answered_on, ease_of_complaining, kept_informed,
                                  outcome_explained, problem_back, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        row.organisation_id,
        row.kind,
        londonDate(now.toISOString()),
        input.easeOfComplaining ?? null,
        input.keptInformed ?? null,
        input.outcomeExplained ?? null,
        input.problemBack ?? null,
        comment,
      ],
    );
    await em.query(
      `UPDATE survey_invitation SET used_at = $3 WHERE organisation_id = $1 AND id = $2`,
      [row.organisation_id, row.id, now],
    );
    return true;
  });
}
