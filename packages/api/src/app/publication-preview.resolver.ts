import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ChpContext } from '../core/context';
import { Publication, publicationPreview } from '../modules/publications';
import type { Publication as PublicPublication } from '../surfaces/public/public-read';
import { previewPage } from '../surfaces/public/pages';

/**
 * The approver's preview (docs/procedure.md, Reporting and publishing: review): the public site's
 * own page rendering with the figures approval would freeze now. It lives in app/ because it joins
 * the publications module's data to the public surface's pages, which never import each other.
 */
@Resolver(() => Publication)
export class PublicationPreviewResolver {
  @FieldResolver(() => String, {
    description:
      'The public page as it will look once published (a whole HTML document headed "Preview – not published"), with the figures approval would freeze now; the frozen ones once approved',
  })
  async previewHtml(@Root() p: Publication, @Ctx() ctx: ChpContext): Promise<string> {
    const preview = await publicationPreview(ctx.dataSource, p, ctx.clock());
    return previewPage(preview.organisation, preview.publication as unknown as PublicPublication);
  }
}
