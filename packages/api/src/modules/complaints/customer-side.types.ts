import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';

/** What a representative's consent covers (Part 1 §15–17; docs/procedure.md, The customer's side). */
export enum ConsentScope {
  act_on_complaint = 'act_on_complaint',
  share_information = 'share_information',
  receive_response = 'receive_response',
}
registerEnumType(ConsentScope, {
  name: 'ConsentScope',
  description:
    'act_on_complaint: to make and pursue the complaint; share_information: to be told about it; receive_response: letters go to the representative',
});

/** Accessible formats (SPSO practice note: equality and accessibility). */
export enum AccessibleFormat {
  large_print = 'large_print',
  easy_read = 'easy_read',
  braille = 'braille',
  audio = 'audio',
}
registerEnumType(AccessibleFormat, { name: 'AccessibleFormat' });

/** Who the responses are addressed to (Part 1 §15–17; §11). */
export enum Correspondent {
  customer = 'customer',
  representative = 'representative',
  nobody = 'nobody',
}
registerEnumType(Correspondent, {
  name: 'Correspondent',
  description:
    'representative when the consent covers receiving the response; nobody for an anonymous complaint',
});

@ObjectType({ description: "The customer's consent for their representative (Part 1 §15–17)" })
export class RepresentativeConsent {
  @Field(() => LocalDate, { nullable: true }) givenOn!: string | null;
  @Field(() => [ConsentScope]) scope!: ConsentScope[];
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'Someone acting for the customer (personal data)' })
export class Representative {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Relationship or organisation' })
  relationship!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => RepresentativeConsent, {
    nullable: true,
    description: 'Null until consent is recorded',
  })
  consent!: RepresentativeConsent | null;
  @Field(() => Boolean, {
    description:
      "Today the customer's personal information may be shared with them: consent recorded covering sharing or the response (Part 1 §15–17)",
  })
  mayShareInformation!: boolean;
}

@ObjectType({
  description:
    'Support needs and reasonable adjustments (SPSO practice note: accessibility; personal data)',
})
export class SupportNeeds {
  @Field(() => [AccessibleFormat]) formats!: AccessibleFormat[];
  @Field(() => Boolean, { description: 'Letters in large print' }) largePrint!: boolean;
  @Field(() => String, { nullable: true, description: 'An interpreter, in this language' })
  interpreterLanguage!: string | null;
  @Field(() => Boolean, { description: 'British Sign Language' }) bsl!: boolean;
  @Field(() => String, { nullable: true, description: 'A named contact for the customer' })
  namedContact!: string | null;
  @Field(() => String, { nullable: true }) other!: string | null;
}
