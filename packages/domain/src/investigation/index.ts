export {
  DEFAULT_MEETING_RECORD_WORKING_DAYS,
  checkMeetingRecord,
  meetingRecordDueOn,
  meetingRecordState,
  type MeetingRecordDates,
  type MeetingRecordState,
} from './meetingRecord';
export {
  ALTERNATIVE_RESOLUTION_APPROACHES,
  ALTERNATIVE_RESOLUTION_LABELS,
  alternativeResolutionSuggestsExtension,
  checkAlternativeResolution,
  type AlternativeResolutionApproach,
  type AlternativeResolutionRecord,
} from './alternativeResolution';
export {
  DEFAULT_EVIDENCE_MAX_BYTES,
  EVIDENCE_CONTENT_TYPES,
  EVIDENCE_FILE_KINDS,
  EVIDENCE_SNIFF_BYTES,
  evidenceFileKind,
  type EvidenceFileKind,
} from './evidenceFiles';
