import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  ArrayMaxSize,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { NotBlank, Omittable } from '../../core/input-rules';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PublicationKind, PublicationStatusEnum } from './publication.entity';

/** What the publication steps and lists take. */

@InputType()
export class PublicationFilter {
  @Field(() => [PublicationStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PublicationStatusEnum), { each: true })
  status?: PublicationStatusEnum[];
  @Field(() => PublicationKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PublicationKind))
  kind?: PublicationKind;
}

@ArgsType()
export class CreatePublicationArgs {
  @Field(() => PublicationKind) @IsIn(Object.values(PublicationKind)) kind!: PublicationKind;
  @Field(() => String, { description: "'2026-Q2' for a quarter, '2026/27' for a financial year" })
  @IsString()
  @MaxLength(20)
  period!: string;
  @Field(() => String)
  @IsString()
  @Length(1, 200)
  @NotBlank()
  title!: string;
}

@ArgsType()
export class PublicationRefArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @Min(1)
  version!: number;
}

@ArgsType()
export class UpdatePublicationArgs extends PublicationRefArgs {
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @Length(1, 200)
  @NotBlank()
  title?: string | null;
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @MaxLength(10000)
  introduction?: string | null;
  @Field(() => String, { nullable: true, description: 'Annual report only' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  learning?: string | null;
  @Field(() => String, { nullable: true, description: 'Annual report only' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  customerExperience?: string | null;
  @Field(() => String, { nullable: true, description: 'Annual report only' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  staffTraining?: string | null;
}

@ArgsType()
export class AddItemArgs extends PublicationRefArgs {
  @Field(() => String)
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  youSaid!: string;
  @Field(() => String)
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  weDid!: string;
  @Field(() => [ID], {
    defaultValue: [],
    description: 'Done or verified improvement actions the item reports on',
  })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  actionIds!: string[];
}

@ArgsType()
export class UpdateItemArgs extends PublicationRefArgs {
  @Field(() => ID) itemId!: string;
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  youSaid?: string | null;
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  weDid?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the linked actions when given' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  actionIds?: string[] | null;
}

@ArgsType()
export class RemoveItemArgs extends PublicationRefArgs {
  @Field(() => ID) itemId!: string;
}

@ArgsType()
export class WithdrawArgs extends PublicationRefArgs {
  @Field(() => String)
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  reason!: string;
}

@ArgsType()
export class SendBackArgs extends PublicationRefArgs {
  @Field(() => String, {
    description: 'What the author should change (required; kept with who sent it back and when)',
  })
  @IsString()
  comment!: string;
}
