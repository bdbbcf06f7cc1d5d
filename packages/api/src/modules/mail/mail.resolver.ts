import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { PageArgs } from '../../core/pagination';
import { ADMINISTRATORS } from '../../core/role';
import { getConfig } from '../../config';
import { MailPreferencesInput, MailSettingsInput } from './mail.inputs';
import {
  mailPreferences,
  mailSettings,
  updateMailSettings,
  updateMyMailPreferences,
} from './mail.service';
import { MailPreferences, MailSettings, OutboxPage } from './mail.types';
import { outboxPage } from './outbox-page';

const smtpConfigured = () => getConfig().smtpUrl !== null;

@Resolver()
export class MailResolver {
  @Authorized(ADMINISTRATORS)
  @Query(() => OutboxPage, {
    description:
      "Your organisation's outbox, newest first: every message as it is (or, without SMTP_URL, would be) sent",
  })
  outbox(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: ChpContext): Promise<OutboxPage> {
    const viewer = requireViewer(ctx);
    return outboxPage(ctx.dataSource.manager, viewer.organisationId, page, getConfig());
  }

  @Authorized(ADMINISTRATORS)
  @Query(() => MailSettings)
  mailSettings(@Ctx() ctx: ChpContext): Promise<MailSettings> {
    const viewer = requireViewer(ctx);
    return mailSettings(ctx.dataSource.manager, viewer.organisationId, smtpConfigured());
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => MailSettings, {
    description: 'Changes the reminder lead days and the hours mail is sent in',
  })
  updateMailSettings(
    @Arg('settings', () => MailSettingsInput) settings: MailSettingsInput,
    @Ctx() ctx: ChpContext,
  ): Promise<MailSettings> {
    return updateMailSettings(ctx, settings, smtpConfigured());
  }

  @Authorized()
  @Query(() => MailPreferences, { description: 'What you are sent by e-mail, and how' })
  myMailPreferences(@Ctx() ctx: ChpContext): Promise<MailPreferences> {
    return mailPreferences(ctx.dataSource.manager, requireViewer(ctx).personId);
  }

  @Authorized()
  @Mutation(() => MailPreferences, { description: 'Changes what you are sent by e-mail' })
  updateMyMailPreferences(
    @Arg('preferences', () => MailPreferencesInput) preferences: MailPreferencesInput,
    @Ctx() ctx: ChpContext,
  ): Promise<MailPreferences> {
    return updateMyMailPreferences(ctx, preferences);
  }
}
