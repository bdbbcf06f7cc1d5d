import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A member of staff named in (or identifiable from) a complaint, and what they were told
 * (docs/procedure.md, Staff complained about; §48, §62, §68). The updates sent to them are the
 * rows of complaint_staff_update.
 */
@Entity({ name: 'complaint_staff_member' })
export class ComplaintStaffMember {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  complaintId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'timestamptz', nullable: true }) namedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) toldAt!: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) toldHow!: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) shared!: string | null;
  @Column({ type: 'text', nullable: true }) notSharedReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) supportContactId!: string | null;
  @Column({ type: 'date', nullable: true }) responseSharedOn!: string | null;
}
