import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BOARD_PACK_SECTION_KEYS } from '@chp/domain';
import { Omittable } from '../../core/input-rules';

/** What the board pack steps take. */

@ArgsType()
export class DraftBoardPackArgs {
  @Field(() => String, {
    description:
      "A quarter of the organisation's reporting year that has ended: 'FY2026-Q1' is the first quarter of the year starting in 2026",
  })
  @IsString()
  @MaxLength(20)
  quarter!: string;
}

@ArgsType()
export class BoardPackRefArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @Min(1)
  version!: number;
}

@ArgsType()
export class SendBackBoardPackArgs extends BoardPackRefArgs {
  @Field(() => String, {
    description: 'What the author should change (required; kept with who sent it back and when)',
  })
  @IsString()
  comment!: string;
}

@InputType()
export class BoardPackCommentaryInput {
  @Field(() => String, {
    description: 'The section key (BoardPack.commentary lists every section)',
  })
  @IsIn(BOARD_PACK_SECTION_KEYS)
  section!: string;
  @Field(() => String, { description: 'The commentary; empty removes it' })
  @IsString()
  @MaxLength(10000)
  text!: string;
}

@ArgsType()
export class UpdateBoardPackNarrativeArgs extends BoardPackRefArgs {
  @Field(() => String, { nullable: true, description: 'The summary for the board' })
  @Omittable()
  @IsString()
  @MaxLength(10000)
  summary?: string | null;
  @Field(() => [BoardPackCommentaryInput], {
    nullable: true,
    description: 'Commentary for the sections given; the others keep theirs',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  commentary?: BoardPackCommentaryInput[] | null;
}
