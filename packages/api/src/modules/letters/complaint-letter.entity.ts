import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';
import { LetterKind, ResponseMethod } from './letters.enums';

/**
 * A letter as it was sent, and how (§32, §69: the record of what was said). Never changed:
 * sending it again adds the next version. Holds personal data: only staff who see it read it.
 */
@ObjectType()
@Entity({ name: 'complaint_letter' })
export class ComplaintLetter {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' }) complaintId!: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  stage!: 1 | 2;

  @Field(() => LetterKind)
  @Column({ type: 'varchar' })
  kind!: LetterKind;

  @Field(() => Int, { description: '1 for the first sending, 2 when sent again, …' })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => String, {
    description: "The letter's text as sent (headings '# ', list items '- ')",
  })
  @Column({ type: 'text' })
  text!: string;

  @Field(() => ResponseMethod)
  @Column({ type: 'varchar' })
  sentVia!: ResponseMethod;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  sentOn!: string;

  @Column({ type: 'timestamptz' }) sentAt!: Date;

  @Column({ type: 'uuid' }) sentById!: string;

  @Field(() => String, { description: 'Download path of the accessible HTML (add ?print=large)' })
  get htmlPath(): string {
    return `/letters/${this.id}/letter.html`;
  }

  @Field(() => String, { description: 'Download path of the Word document (add ?print=large)' })
  get docxPath(): string {
    return `/letters/${this.id}/letter.docx`;
  }
}
