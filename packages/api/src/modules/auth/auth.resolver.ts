import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { Person } from '../people';
import { unauthenticated } from '../../core/errors';
import { DateTime } from '../../core/scalars';
import { signIn, signOut } from './auth.service';
import { personById } from '../people';

@ObjectType()
class SignInResult {
  @Field(() => String, {
    description: 'Bearer token; the same value is also set as an httpOnly session cookie',
  })
  token!: string;

  @Field(() => DateTime)
  expiresAt!: Date;

  @Field(() => Person)
  person!: Person;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => SignInResult)
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: ChpContext,
  ): Promise<SignInResult> {
    const result = await signIn(ctx, email, password);
    ctx.setSessionCookie?.(result.token, result.expiresAt);
    return result;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session' })
  async signOut(@Ctx() ctx: ChpContext): Promise<boolean> {
    const done = await signOut(ctx);
    ctx.setSessionCookie?.(null, null);
    return done;
  }

  @Authorized()
  @Query(() => Person, { description: 'The signed-in member of staff' })
  async me(@Ctx() ctx: ChpContext): Promise<Person> {
    const person = ctx.viewer ? await ctx.loaders.get(personById).load(ctx.viewer.personId) : null;
    if (!person) throw unauthenticated();
    return person;
  }
}
