import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../core/scalars';
import { EvidenceFileKind } from './investigation.enums';

/**
 * An evidence file's description. Its bytes are in `evidence_file_content` (or EVIDENCE_DIR),
 * never read with it: they are served only by GET /evidence/:id.
 */
@ObjectType()
@Entity({ name: 'evidence_file' })
export class EvidenceFile {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  complaintId!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  fileName!: string;

  @Field(() => EvidenceFileKind)
  @Column({ type: 'varchar' })
  kind!: EvidenceFileKind;

  @Field(() => Int)
  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char' })
  sha256!: string;

  @Column({ type: 'varchar' })
  storage!: 'database' | 'folder';

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  uploadedById!: string;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  uploadedAt!: Date;
}
