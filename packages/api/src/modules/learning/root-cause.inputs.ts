import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { NotBlank, Omittable } from '../../core/input-rules';

@ArgsType()
export class NewRootCauseArgs {
  @Field(() => ID, { nullable: true, description: 'Omit for a new top-level group' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => String)
  @IsString()
  @Length(1, 120)
  @NotBlank()
  name!: string;

  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(2000) description: string = '';
}

@ArgsType()
export class RootCauseChangesArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int) @Min(1) version!: number;

  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @Length(1, 120)
  @NotBlank()
  name?: string;

  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false retires a root cause (it stays on the complaints and actions that use it)',
  })
  @Omittable()
  @IsBoolean()
  active?: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      'Move under another root cause; null moves it to the top level; omit to keep it where it is',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@ArgsType()
export class MergeRootCausesArgs {
  @Field(() => ID, { description: 'The cause to merge away (it stays, retired)' })
  @IsUUID()
  id!: string;
  @Field(() => Int, { description: "The merged cause's version" }) @Min(1) version!: number;
  @Field(() => ID, { description: 'The cause that takes its complaints and actions' })
  @IsUUID()
  survivorId!: string;
}
