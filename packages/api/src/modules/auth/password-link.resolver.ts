import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { registerEnumType } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { ADMINISTRATORS } from '../../core/role';
import { DateTime } from '../../core/scalars';
import { Person } from '../people';
import { authError } from './auth.errors';
import {
  invitePerson,
  issuePasswordLink,
  passwordLinkInfo,
  setPasswordWithLink,
} from './password-link.service';
import { InvitationInput } from './invitation.input';

export enum PasswordLinkPurpose {
  invitation = 'invitation',
  reset = 'reset',
}
registerEnumType(PasswordLinkPurpose, {
  name: 'PasswordLinkPurpose',
  description: 'invitation: the person has never had a password (7 days); reset: 24 hours',
});

@ObjectType({ description: 'A single-use link for a member of staff to set their password' })
class IssuedPasswordLink {
  @Field(() => PasswordLinkPurpose) purpose!: PasswordLinkPurpose;
  @Field(() => String, {
    description:
      'The dashboard path with the token (e.g. /set-password#token=…); shown this once, pass it on to the person',
  })
  path!: string;
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => Person) person!: Person;
}

@ObjectType({ description: 'What a password link is for, shown on the set-password page' })
class PasswordLinkInfo {
  @Field(() => PasswordLinkPurpose) purpose!: PasswordLinkPurpose;
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
}

/** A token is 43 base64url characters: anything else is no link of ours. */
function checkedToken(token: string): string {
  if (!/^[\w-]{20,200}$/.test(token)) throw authError('LINK_UNKNOWN');
  return token;
}

@Resolver()
export class PasswordLinkResolver {
  @Authorized(ADMINISTRATORS)
  @Mutation(() => IssuedPasswordLink, {
    description:
      'An invitation (no password yet) or password reset link for a member of staff; cancels their earlier unused links',
  })
  async issuePasswordLink(
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: ChpContext,
  ): Promise<IssuedPasswordLink> {
    return (await issuePasswordLink(ctx, personId)) as IssuedPasswordLink;
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => IssuedPasswordLink, {
    description:
      'Invites a member of staff: adds them to your organisation without a password and answers their invitation link (valid 7 days), in one transaction',
  })
  async invitePerson(
    @Arg('input', () => InvitationInput) input: InvitationInput,
    @Ctx() ctx: ChpContext,
  ): Promise<IssuedPasswordLink> {
    return (await invitePerson(ctx, input)) as IssuedPasswordLink;
  }

  @Query(() => PasswordLinkInfo, {
    description: 'Whom a password link is for; refused (rule LINK_*) when unknown, used or expired',
  })
  async passwordLink(
    @Arg('token', () => String) token: string,
    @Ctx() ctx: ChpContext,
  ): Promise<PasswordLinkInfo> {
    return (await passwordLinkInfo(ctx, checkedToken(token))) as PasswordLinkInfo;
  }

  @Mutation(() => Boolean, {
    description:
      'Sets the password with a link, once; ends every session of the person. Then sign in.',
  })
  async setPasswordWithLink(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: ChpContext,
  ): Promise<boolean> {
    return setPasswordWithLink(ctx, checkedToken(token), password);
  }
}
