import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../core/scalars';

export enum MailDelivery {
  immediate = 'immediate',
  daily_summary = 'daily_summary',
}
registerEnumType(MailDelivery, {
  name: 'MailDelivery',
  description: 'Each reminder as it falls due, or all of a day in one summary',
});

export enum OutboxStatus {
  pending = 'pending',
  held = 'held',
  summarised = 'summarised',
  sent = 'sent',
}
registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description:
    'pending: waits to be sent (stays so without SMTP_URL); held: kept for a daily summary; summarised: sent in one; sent',
});

@ObjectType({ description: "The organisation's reminder and sending settings" })
export class MailSettings {
  @Field(() => Int, {
    description: "Working days before an action's target date its owner is first reminded",
  })
  reminderLeadDays!: number;
  @Field(() => String, {
    description: "London time 'HH:MM' from which mail is sent on working days",
  })
  sendFrom!: string;
  @Field(() => String, { description: "London time 'HH:MM' until which mail is sent" })
  sendUntil!: string;
  @Field(() => Boolean, { description: 'Whether this server sends mail (SMTP_URL is set)' })
  smtpConfigured!: boolean;
  @Field(() => Int, { description: "The organisation's version, for updateMailSettings" })
  version!: number;
}

@ObjectType({ description: 'What a member of staff is sent, and how' })
export class MailPreferences {
  @Field(() => Boolean) actionReminders!: boolean;
  @Field(() => Boolean, {
    description: "Handlers: complaints' response, acknowledgement and §62 update deadlines",
  })
  complaintReminders!: boolean;
  @Field(() => Boolean) approvalReminders!: boolean;
  @Field(() => Boolean) weeklyDigest!: boolean;
  @Field(() => MailDelivery) delivery!: MailDelivery;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A message in the outbox, as it is (or would be) sent' })
export class OutboxMessage {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The member of staff's address" }) to!: string;
  @Field(() => String) reason!: string;
  @Field(() => LocalDate, {
    description: 'The day it belongs to (once per reason, record and day)',
  })
  day!: string;
  @Field(() => OutboxStatus) status!: OutboxStatus;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { description: 'Not sent before this (sending hours, back-off)' })
  sendAfter!: Date;
  @Field(() => DateTime, { nullable: true }) sentAt!: Date | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'The plain text part' }) text!: string;
  @Field(() => String, { description: 'The HTML part' }) html!: string;
}

@ObjectType()
export class OutboxPage {
  @Field(() => [OutboxMessage]) items!: OutboxMessage[];
  @Field(() => Int) totalCount!: number;
}
