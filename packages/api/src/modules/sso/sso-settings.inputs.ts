import { Field, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DistinctTexts, NotBlank } from '../../core/input-rules';
import { Role } from '../../core/role';

@InputType()
export class DirectoryGroupRoleInput {
  @Field(() => String, {
    description:
      "The directory group's value as the token carries it (in Entra ID, the group's object id)",
  })
  @IsString()
  @NotBlank()
  @Length(1, 200)
  group!: string;

  @Field(() => Role) @IsIn(Object.values(Role)) role!: Role;
}

@InputType()
export class SingleSignOnInput {
  @Field(() => Int, {
    nullable: true,
    description:
      'The version you read; leave out when setting single sign-on up for the first time',
  })
  @IsOptional()
  @Min(1)
  version?: number | null;

  @Field(() => Boolean, { description: 'Offer sign-in through the directory' })
  @IsBoolean()
  enabled!: boolean;

  @Field(() => String, {
    description: 'https://login.microsoftonline.com/<tenant id>/v2.0 for Entra ID',
  })
  @IsString()
  @Length(1, 500)
  issuerUrl!: string;

  @Field(() => String) @IsString() @NotBlank() @Length(1, 200) clientId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Leave out to keep the secret already stored; needed the first time',
  })
  @IsOptional()
  @IsString()
  @NotBlank()
  @Length(1, 500)
  clientSecret?: string | null;

  @Field(() => [String], {
    description: 'E-mail domains signed in through this directory, such as clyde-ha.org.uk',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  @DistinctTexts()
  allowedDomains!: string[];

  @Field(() => String, {
    defaultValue: 'groups',
    description: 'The ID token claim that lists the directory groups (or app roles: "roles")',
  })
  @IsString()
  @Length(1, 100)
  @Matches(/^[\w.:/-]+$/)
  groupClaim: string = 'groups';

  @Field(() => [DirectoryGroupRoleInput], {
    description: 'Which role each directory group gives; the first group a person is in wins',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  groupRoles!: DirectoryGroupRoleInput[];

  @Field(() => Role, {
    nullable: true,
    description: 'The role for someone in none of the groups; leave out to refuse them',
  })
  @IsOptional()
  @IsIn(Object.values(Role))
  defaultRole?: Role | null;
}
