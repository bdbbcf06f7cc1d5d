import { Field, Int, ObjectType } from 'type-graphql';
import { Role } from '../../core/role';

@ObjectType('DirectoryGroupRole')
export class DirectoryGroupRoleView {
  @Field(() => String) group!: string;
  @Field(() => Role) role!: Role;
}

/** An organisation's single sign-on settings, as an administrator sees them: never the secret. */
@ObjectType()
export class SingleSignOnSettings {
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => String) issuerUrl!: string;
  @Field(() => String) clientId!: string;
  @Field(() => Boolean, { description: 'Whether a client secret is stored (it is never shown)' })
  clientSecretSet!: boolean;
  @Field(() => [String]) allowedDomains!: string[];
  @Field(() => String) groupClaim!: string;
  @Field(() => [DirectoryGroupRoleView]) groupRoles!: DirectoryGroupRoleView[];
  @Field(() => Role, { nullable: true }) defaultRole!: Role | null;
  @Field(() => Int) version!: number;
}

/** Where the directory sends people back after sign-in: register `<site address>` + this path. */
export const CALLBACK_PATH = '/auth/oidc/callback';
