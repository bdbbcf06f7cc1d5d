import { Field, ID, InputType } from 'type-graphql';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { NotBlank } from '../../core/input-rules';
import { Sector } from '../organisations';

/** A slug: lower-case letters and digits in words joined by single hyphens (the public site's address). */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType({ description: 'A new organisation and its first administrator' })
export class NewOrganisationInput {
  @Field(() => String) @IsString() @NotBlank() @Length(1, 200) name!: string;
  @Field(() => String, {
    description: "Short name in the public site's address: lower-case words joined by hyphens",
  })
  @IsString()
  @Length(2, 60)
  @Matches(SLUG, { message: 'slug must be lower-case words joined by hyphens' })
  slug!: string;
  @Field(() => Sector, {
    description:
      'Sets the defaults: colleges and universities say "complainant" and cut off at 17:00',
  })
  @IsIn(Object.values(Sector))
  sector!: Sector;
  @Field(() => ID, { nullable: true, description: 'The group it joins, if any' })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
  @Field(() => String) @IsString() @NotBlank() @Length(1, 120) administratorName!: string;
  @Field(() => String) @IsEmail() @MaxLength(254) administratorEmail!: string;
}

@InputType({ description: 'A new group of organisations' })
export class NewOrganisationGroupInput {
  @Field(() => String) @IsString() @NotBlank() @Length(1, 200) name!: string;
  @Field(() => String)
  @IsString()
  @Length(2, 60)
  @Matches(SLUG, { message: 'slug must be lower-case words joined by hyphens' })
  slug!: string;
}
