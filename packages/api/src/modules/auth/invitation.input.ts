import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { NotBlank } from '../../core/input-rules';
import { Role } from '../../core/role';

/** Whom an administrator invites; they choose their own password with the link. */
@InputType()
export class InvitationInput {
  @Field(() => String) @IsEmail() @MaxLength(254) email!: string;
  @Field(() => String) @IsString() @NotBlank() @Length(1, 120) name!: string;
  @Field(() => Role) @IsIn(Object.values(Role)) role!: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() serviceAreaId?: string | null;
}
