/**
 * The investigation file of a stage 2 complaint: plan, meetings, alternative resolution,
 * evidence files and the investigator's report (docs/procedure.md, The investigation file).
 */
export { AlternativeResolution, InvestigationMeeting } from './meeting.entity';
export { EvidenceFile } from './evidence-file.entity';
export { InvestigationPlan, InvestigationReport } from './plan-and-report.entity';
export { investigationResolvers } from './investigation.resolver';
export {
  downloadEvidence,
  uploadEvidence,
  type EvidenceSettings,
  type EvidenceUpload,
} from './evidence.service';
