import { Entity, PrimaryColumn } from 'typeorm';

/** A member of staff named in a complaint (kept up to date while extended, §62). */
@Entity({ name: 'complaint_staff_member' })
export class ComplaintStaffMember {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  complaintId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;
}
