import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in session. Only the SHA-256 of the bearer token is stored. */
@Entity({ name: 'person_session' })
export class PersonSession {
  @PrimaryColumn({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
