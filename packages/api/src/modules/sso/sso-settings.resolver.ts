import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { ADMINISTRATORS } from '../../core/role';
import { SingleSignOnInput } from './sso-settings.inputs';
import { setSingleSignOn, settingsView } from './sso-settings.service';
import { ssoOfOrganisation } from './sso-settings.store';
import { SingleSignOnSettings } from './sso-settings.types';

@Resolver()
export class SingleSignOnResolver {
  @Authorized(ADMINISTRATORS)
  @Query(() => SingleSignOnSettings, {
    nullable: true,
    description: "Your organisation's single sign-on settings; null until set up",
  })
  async singleSignOn(@Ctx() ctx: ChpContext): Promise<SingleSignOnSettings | null> {
    const viewer = requireViewer(ctx);
    const stored = await ssoOfOrganisation(ctx.dataSource.manager, viewer.organisationId);
    return stored ? settingsView(stored) : null;
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => SingleSignOnSettings, {
    description: "Sets up or changes your organisation's single sign-on (OpenID Connect)",
  })
  setSingleSignOn(
    @Arg('settings', () => SingleSignOnInput) settings: SingleSignOnInput,
    @Ctx() ctx: ChpContext,
  ): Promise<SingleSignOnSettings> {
    return setSingleSignOn(ctx, settings);
  }
}
