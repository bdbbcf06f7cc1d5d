import { Field, InputType, Int } from 'type-graphql';
import { IsBoolean, IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { Omittable } from '../../core/input-rules';
import { MailDelivery } from './mail.types';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class MailSettingsInput {
  @Field(() => Int) @Min(1) version!: number;
  @Field(() => Int, {
    nullable: true,
    description: "Working days before an action's target date (0 to 30; 0: only on the day)",
  })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(30)
  reminderLeadDays?: number;
  @Field(() => String, { nullable: true, description: "'HH:MM' London time" })
  @Omittable()
  @Matches(TIME, { message: 'sendFrom must be HH:MM' })
  sendFrom?: string;
  @Field(() => String, { nullable: true, description: "'HH:MM' London time, after sendFrom" })
  @Omittable()
  @Matches(TIME, { message: 'sendUntil must be HH:MM' })
  sendUntil?: string;
}

@InputType()
export class MailPreferencesInput {
  @Field(() => Int) @Min(1) version!: number;
  @Field(() => Boolean, { nullable: true }) @Omittable() @IsBoolean() actionReminders?: boolean;
  @Field(() => Boolean, { nullable: true }) @Omittable() @IsBoolean() complaintReminders?: boolean;
  @Field(() => Boolean, { nullable: true }) @Omittable() @IsBoolean() approvalReminders?: boolean;
  @Field(() => Boolean, { nullable: true }) @Omittable() @IsBoolean() weeklyDigest?: boolean;
  @Field(() => MailDelivery, { nullable: true })
  @Omittable()
  @IsIn(Object.values(MailDelivery))
  delivery?: MailDelivery;
}
