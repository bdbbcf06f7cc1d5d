import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { NotBlank, Omittable } from '../../core/input-rules';
import { Role } from '../../core/role';

@InputType()
export class NewPersonInput {
  @Field(() => String) @IsEmail() @MaxLength(254) email!: string;
  @Field(() => String) @IsString() @NotBlank() @Length(1, 120) name!: string;
  @Field(() => Role) @IsIn(Object.values(Role)) role!: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() serviceAreaId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'At least 12 characters; omit for staff who only own actions and never sign in',
  })
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password?: string | null;
}

@InputType()
export class PersonChangesInput {
  @Field(() => Int) @Min(1) version!: number;
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @NotBlank()
  @Length(1, 120)
  name?: string;
  @Field(() => Role, { nullable: true }) @Omittable() @IsIn(Object.values(Role)) role?: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() serviceAreaId?: string | null;
  @Field(() => Boolean, { nullable: true }) @Omittable() @IsBoolean() active?: boolean;
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password?: string;
}

@ArgsType()
export class PeopleFilter {
  @Field(() => Role, { nullable: true }) @IsOptional() @IsIn(Object.values(Role)) role?: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() serviceAreaId?: string;
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
