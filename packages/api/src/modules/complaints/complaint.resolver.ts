import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { seesPersonalData, type RegisterTotal } from '@chp/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { isUuid, mutate } from '../../core/mutation';
import { PageArgs } from '../../core/pagination';
import {
  COMPLAINT_HANDLERS,
  COMPLAINT_READERS,
  EMPOWERED_TO_SIGN_OFF,
  MANAGERS,
  ANY_STAFF,
} from '../../core/role';
import { Complaint } from './complaint.entity';
import {
  AgreePointsArgs,
  AssignHandlerArgs,
  AtArgs,
  CloseComplaintInput,
  ComplaintRef,
  ContactUpdateArgs,
  EscalateComplaintArgs,
  ExtendComplaintArgs,
  NoteArgs,
  OtherOutcomeArgs,
  PostClosureContactArgs,
  RootCausesArgs,
  SpsoDecisionArgs,
} from './step.inputs';
import { ComplaintFilter } from './complaint-filter.inputs';
import { RecordComplaintInput } from './intake.inputs';
import { CorrectComplaintArgs, VoidComplaintStepArgs } from './corrections.inputs';
import { findComplaints } from './complaint.queries';
import { customerRead, itemFields, pageColumns } from './register-selection';
import { pageRelations } from './page-relations';
import * as service from './complaint.service';
import { ComplaintFieldsResolver, JourneyEventResolver } from './complaint-fields.resolver';
import { ComplaintCustomerSideResolver, CustomerSideResolver } from './customer-side.resolver';
import { complaintById } from './complaint.loaders';
import { OpenComplaintsResolver } from './open-complaints.resolver';
import { CalendarPreviewResolver } from './calendar-preview.resolver';
import { StaffInvolvementResolver } from './staff-involvement.resolver';

@ObjectType({
  description:
    "How many complaints a register view holds: exact up to a limit (10,000; 1,000 for a search), else PostgreSQL's estimate, rounded (say it as 'about'), or for a search only that it is more than the limit",
})
export class RegisterTotalCount implements RegisterTotal {
  @Field(() => Int, { description: 'The exact count, or the rounded estimate when not exact' })
  count!: number;
  @Field(() => Boolean) exact!: boolean;
  @Field(() => Boolean, {
    description: "More than count (a search past the limit: no estimate given); say 'more than'",
  })
  atLeast!: boolean;
}

@ObjectType()
export class ComplaintPage {
  @Field(() => [Complaint]) items!: Complaint[];
  /** Counted only when the client asks for it: on a large register the count costs more than the page. */
  countTotal!: () => Promise<number>;
  total!: () => Promise<RegisterTotal>;
}

@Resolver(() => ComplaintPage)
export class ComplaintPageResolver {
  @FieldResolver(() => Int, {
    description:
      'How many complaints match the filter (all pages), counted exactly: on a large register this costs more than the page (use total)',
  })
  totalCount(@Root() page: ComplaintPage): Promise<number> {
    return page.countTotal();
  }

  @FieldResolver(() => RegisterTotalCount, {
    description:
      'How many complaints match the filter (all pages): exact up to 10,000 (1,000 for a search), else an estimate, which may be up to a minute old',
  })
  total(@Root() page: ComplaintPage): Promise<RegisterTotal> {
    return page.total();
  }
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized(COMPLAINT_READERS)
  @Query(() => ComplaintPage, {
    description:
      'Complaints of the organisations you can see, newest first unless sorted; search, caseload and closure filters',
  })
  complaints(
    @Args(() => ComplaintFilter) filter: ComplaintFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ChpContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ComplaintPage> {
    const viewer = requireViewer(ctx);
    const fields = itemFields(info);
    // the customer joined to the page only when a field asks for it and the role may see it
    const customer = seesPersonalData(viewer.role) ? customerRead(fields) : null;
    const columns = pageColumns(
      fields,
      ctx.dataSource.getMetadata(Complaint).columns.map((c) => c.propertyName),
    );
    return findComplaints(ctx, viewer, filter, page, {
      customer,
      withHandler: fields.has('handler'),
      columns,
      lists: pageRelations(fields),
    });
  }

  @Authorized(COMPLAINT_READERS)
  @Query(() => Complaint)
  async complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: ChpContext): Promise<Complaint> {
    const complaint = isUuid(id) ? await ctx.loaders.get(complaintById).load(id) : null;
    if (!complaint) throw notFound('Complaint');
    return complaint;
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'Records a first contact: a complaint at stage 1, or straight at stage 2 (§36); an enquiry or a request for service as not a complaint, with the signposting (§11–12)',
  })
  recordComplaint(
    @Arg('input', () => RecordComplaintInput) input: RecordComplaintInput,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return service.recordAndReturn(ctx, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => Complaint, {
    description: 'A manager agrees a new due date for the current stage (§27, Appendix 1 §11)',
  })
  extendComplaint(
    @Args(() => ExtendComplaintArgs) args: ExtendComplaintArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'extendComplaint', (tx) => service.extendComplaint(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'Moves the complaint to stage 2: after the stage 1 response, or a transfer while open (§36)',
  })
  escalateComplaint(
    @Args(() => EscalateComplaintArgs) args: EscalateComplaintArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'escalateComplaint', (tx) => service.escalateComplaint(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, { description: 'Stage 2 acknowledged (due by day 3, §40)' })
  acknowledgeComplaint(
    @Args(() => AtArgs) args: AtArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'acknowledgeComplaint', (tx) => service.acknowledgeComplaint(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'The points of complaint agreed with the customer at stage 2 (§42–47); replaces earlier ones',
  })
  agreePointsOfComplaint(
    @Args(() => AgreePointsArgs) args: AgreePointsArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'agreePointsOfComplaint', (tx) => service.agreePointsOfComplaint(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'An update to the customer while the complaint is open (at least every 20 working days while extended, §62)',
  })
  recordContactUpdate(
    @Args(() => ContactUpdateArgs) args: ContactUpdateArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'recordContactUpdate', (tx) => service.recordContactUpdate(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint)
  addComplaintNote(
    @Args(() => NoteArgs) args: NoteArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'addComplaintNote', (tx) => service.addComplaintNote(tx, args));
  }

  @Authorized(EMPOWERED_TO_SIGN_OFF)
  @Mutation(() => Complaint, {
    description:
      'A manager empowered to give the final response signs off the stage 2 response (§65)',
  })
  signOffResponse(
    @Args(() => ComplaintRef) args: ComplaintRef,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'signOffResponse', (tx) => service.signOffResponse(tx, args));
  }

  @Authorized(ANY_STAFF)
  @Mutation(() => Complaint, {
    description:
      'Closes the current stage with its outcome (§31–34, §65–69). Stage 1 may be closed by any member of staff when the organisation says so (§21, stageOneResponders); otherwise by handlers and managers (CLOSER_NOT_ALLOWED)',
  })
  closeComplaint(
    @Args(() => ComplaintRef) ref: ComplaintRef,
    @Arg('input', () => CloseComplaintInput) input: CloseComplaintInput,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'closeComplaint', (tx) => service.closeComplaint(tx, ref, input));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'Ends the record with an outcome beyond the four: not a complaint, withdrawn, out of time or duplicate (never a closure)',
  })
  recordOtherOutcome(
    @Args(() => OtherOutcomeArgs) args: OtherOutcomeArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'recordOtherOutcome', (tx) => service.recordOtherOutcome(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description: "The SPSO's decision on the complaint, after the stage 2 response",
  })
  recordSpsoDecision(
    @Args(() => SpsoDecisionArgs) args: SpsoDecisionArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'recordSpsoDecision', (tx) => service.recordSpsoDecision(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'Contact after a closure (§76): clarification, or dissatisfaction after stage 2 signposted to the SPSO',
  })
  recordPostClosureContact(
    @Args(() => PostClosureContactArgs) args: PostClosureContactArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'recordPostClosureContact', (tx) =>
      service.recordPostClosureContact(tx, args),
    );
  }

  @Authorized(MANAGERS)
  @Mutation(() => Complaint)
  assignComplaintHandler(
    @Args(() => AssignHandlerArgs) args: AssignHandlerArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'assignComplaintHandler', (tx) => service.assignComplaintHandler(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, {
    description:
      'Corrects details recorded wrongly, with the reason: a `corrected` journey step with each field before and after; the timeline and every figure follow (docs/procedure.md, Correcting a record). The handler is corrected by managers only',
  })
  correctComplaint(
    @Args(() => CorrectComplaintArgs) args: CorrectComplaintArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'correctComplaint', (tx) => service.correctComplaint(tx, args));
  }

  @Authorized(MANAGERS)
  @Mutation(() => Complaint, {
    description:
      'Voids a step recorded by mistake, with the reason: a `voided` journey step; the voided step counts as absent (a voided closure reopens its stage). Refused when the journey left would be impossible (docs/procedure.md, Correcting a record)',
  })
  voidComplaintStep(
    @Args(() => VoidComplaintStepArgs) args: VoidComplaintStepArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'voidComplaintStep', (tx) => service.voidComplaintStep(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => Complaint, { description: "Replaces the complaint's root causes" })
  setComplaintRootCauses(
    @Args(() => RootCausesArgs) args: RootCausesArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<Complaint> {
    return mutate(ctx, 'setComplaintRootCauses', (tx) => service.setComplaintRootCauses(tx, args));
  }
}

/** The complaints module's resolver classes, for the schema. */
export const complaintResolvers = [
  ComplaintResolver,
  ComplaintPageResolver,
  ComplaintFieldsResolver,
  ComplaintCustomerSideResolver,
  CustomerSideResolver,
  JourneyEventResolver,
  OpenComplaintsResolver,
  CalendarPreviewResolver,
  StaffInvolvementResolver,
] as const;
