import { Entity, PrimaryColumn } from 'typeorm';

/** A complaint's root cause (many-to-many). */
@Entity({ name: 'complaint_root_cause' })
export class ComplaintRootCause {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @PrimaryColumn({ type: 'uuid' }) complaintId!: string;
  @PrimaryColumn({ type: 'uuid' }) rootCauseId!: string;
}

/** A complaint an improvement action addresses. */
@Entity({ name: 'improvement_action_complaint' })
export class ImprovementActionComplaint {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @PrimaryColumn({ type: 'uuid' }) actionId!: string;
  @PrimaryColumn({ type: 'uuid' }) complaintId!: string;
}

/** A root cause an improvement action addresses. */
@Entity({ name: 'improvement_action_root_cause' })
export class ImprovementActionRootCause {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @PrimaryColumn({ type: 'uuid' }) actionId!: string;
  @PrimaryColumn({ type: 'uuid' }) rootCauseId!: string;
}
