import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { LetterKind } from './letters.enums';

/** An organisation's own text for one kind of letter; without a row, the product's default is used. */
@Entity({ name: 'letter_template' })
export class LetterTemplateRow {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @PrimaryColumn({ type: 'varchar' }) kind!: LetterKind;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'uuid', nullable: true }) updatedById!: string | null;
}

/** A letter template as the "Letter templates" page shows it. */
@ObjectType()
export class LetterTemplate {
  @Field(() => LetterKind) kind!: LetterKind;
  @Field(() => String, { description: 'What staff screens call this letter' }) label!: string;
  @Field(() => String) body!: string;
  @Field(() => Boolean, { description: "True while the organisation uses the product's default" })
  isDefault!: boolean;
  @Field(() => Int, {
    description: 'Send it back when saving; 0 while the default is used',
  })
  version!: number;
}

/** A placeholder a template may use, and the letters it belongs in. */
@ObjectType()
export class LetterPlaceholder {
  @Field(() => String) name!: string;
  @Field(() => String) label!: string;
  @Field(() => [LetterKind]) kinds!: LetterKind[];
}
