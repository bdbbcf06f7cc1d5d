import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { LETTER_KINDS, LETTER_PLACEHOLDERS, type PlaceholderName } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { mutate } from '../../core/mutation';
import { ADMINISTRATORS, COMPLAINT_HANDLERS, SEES_PERSONAL_DATA } from '../../core/role';
import { Complaint } from '../complaints';
import { ComplaintLetter } from './complaint-letter.entity';
import { LetterPlaceholder, LetterTemplate } from './letter-template.entity';
import { LetterKind, ResponseMethod } from './letters.enums';
import { LetterDraftArgs, SaveLetterTemplateArgs, SendLetterInput } from './letters.inputs';
import { draftLetter, saveLetterTemplate, sendLetter, templatesFor } from './letters.service';

/** A letter filled from the record, for the handler to preview, edit and send. */
@ObjectType()
export class LetterDraft {
  @Field(() => LetterKind) kind!: LetterKind;
  @Field(() => String, {
    description: "The letter's text: '# ' starts a heading, '- ' a list item",
  })
  text!: string;
  @Field(() => ResponseMethod, {
    description: "The customer's preferred contact method, else letter (§41, §65)",
  })
  suggestedMethod!: ResponseMethod;
}

/** Letter templates, drafts and letters as sent (docs/procedure.md, Responses and letters). */
@Resolver()
export class LettersResolver {
  @Authorized(...ADMINISTRATORS)
  @Query(() => [LetterTemplate], {
    description: "The organisation's letter templates (its own or the defaults)",
  })
  letterTemplates(@Ctx() ctx: ChpContext): Promise<LetterTemplate[]> {
    return templatesFor(ctx.dataSource.manager, requireViewer(ctx).organisationId);
  }

  @Authorized(...ADMINISTRATORS)
  @Query(() => [LetterPlaceholder], { description: 'What a letter template may use' })
  letterPlaceholders(): LetterPlaceholder[] {
    return (Object.keys(LETTER_PLACEHOLDERS) as PlaceholderName[]).map((name) => ({
      name,
      label: LETTER_PLACEHOLDERS[name].label,
      kinds: [...(LETTER_PLACEHOLDERS[name].kinds ?? LETTER_KINDS)],
    }));
  }

  @Authorized(...COMPLAINT_HANDLERS)
  @Query(() => LetterDraft, {
    description:
      "A letter filled from the complaint's record and the organisation's template; nothing is stored",
  })
  letterDraft(
    @Args(() => LetterDraftArgs) args: LetterDraftArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<LetterDraft> {
    const viewer = requireViewer(ctx);
    const { complaintId, kind, ...author } = args;
    return draftLetter(
      ctx.dataSource.manager,
      viewer.organisationId,
      complaintId,
      kind,
      author,
      ctx.today,
      viewer.name,
    );
  }

  @Authorized(...COMPLAINT_HANDLERS)
  @Mutation(() => ComplaintLetter, {
    description:
      'Records a letter as sent, and how (§32, §69); sending it again adds the next version',
  })
  sendLetter(
    @Arg('input', () => SendLetterInput) input: SendLetterInput,
    @Ctx() ctx: ChpContext,
  ): Promise<ComplaintLetter> {
    return mutate(ctx, 'sendLetter', (tx) => sendLetter(tx, input));
  }

  @Authorized(...ADMINISTRATORS)
  @Mutation(() => LetterTemplate, {
    description: "Saves the organisation's own text for a kind of letter",
  })
  saveLetterTemplate(
    @Args(() => SaveLetterTemplateArgs) args: SaveLetterTemplateArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<LetterTemplate> {
    return mutate(ctx, 'saveLetterTemplate', (tx) => saveLetterTemplate(tx, args));
  }
}

/** The letters sent on a complaint (never to communications, action-only staff or the public). */
@Resolver(() => Complaint)
export class ComplaintLettersResolver {
  @Authorized(...SEES_PERSONAL_DATA)
  @FieldResolver(() => [ComplaintLetter], {
    description: 'The letters sent, oldest first (§32, §69)',
  })
  letters(@Root() c: Complaint, @Ctx() ctx: ChpContext): Promise<ComplaintLetter[]> {
    return ctx.dataSource.manager.getRepository(ComplaintLetter).find({
      where: { organisationId: c.organisationId, complaintId: c.id },
      order: { sentAt: 'ASC', version: 'ASC' },
    });
  }
}
