import { alternativeResolutionSuggestsExtension } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../core/errors';
import { Complaint, ComplaintStatus } from '../complaints';
import { EvidenceFile } from './evidence-file.entity';
import { AlternativeResolution, InvestigationMeeting } from './meeting.entity';
import { InvestigationPlan, InvestigationReport } from './plan-and-report.entity';
import type { InvestigationFile } from './investigation.types';

/** The investigation file of a complaint in `organisationIds` (NOT_FOUND otherwise). */
export async function loadInvestigationFile(
  em: EntityManager,
  organisationIds: readonly string[],
  complaintId: string,
): Promise<InvestigationFile> {
  const complaint = /^[0-9a-f-]{36}$/i.test(complaintId)
    ? await em.getRepository(Complaint).findOneBy({ id: complaintId })
    : null;
  if (!complaint || !organisationIds.includes(complaint.organisationId))
    throw notFound('Complaint');
  const key = { organisationId: complaint.organisationId, complaintId: complaint.id };
  const [plan, meetings, alternativeResolutions, evidence, report] = await Promise.all([
    em.getRepository(InvestigationPlan).findOneBy(key),
    em
      .getRepository(InvestigationMeeting)
      .find({ where: key, order: { heldOn: 'ASC', recordedAt: 'ASC' } }),
    em
      .getRepository(AlternativeResolution)
      .find({ where: key, order: { startedOn: 'ASC', recordedAt: 'ASC' } }),
    em.getRepository(EvidenceFile).find({ where: key, order: { uploadedAt: 'DESC' } }),
    em.getRepository(InvestigationReport).findOneBy(key),
  ]);
  return {
    complaintId: complaint.id,
    open: complaint.currentStage === 2 && complaint.status === ComplaintStatus.open,
    plan,
    meetings,
    alternativeResolutions,
    extensionSuggested:
      complaint.currentStage === 2 &&
      alternativeResolutionSuggestsExtension(
        alternativeResolutions,
        complaint.stage2ExtendedDueOn !== null,
      ),
    evidence,
    report,
  };
}
