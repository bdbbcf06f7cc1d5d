import type { DataSource } from 'typeorm';
import { notFound } from '../../core/errors';
import { freezeFigures } from './publication-approval.service';
import type { FrozenFigures } from './publication-figures';
import { withEveryFigure } from './publication-figures';
import { itemsOf } from './publication-store';
import type { Publication } from './publication.entity';

/**
 * What the public page of a publication would show now (docs/procedure.md, Reporting and
 * publishing: review): the figures it would freeze if approved now (the frozen ones once
 * approved), its texts and items, in the shape the public site renders. The approver reads it
 * before approving; nothing is stored.
 */
export interface PublicationPreview {
  organisation: { name: string; slug: string };
  publication: {
    id: string;
    kind: 'quarterly' | 'annual';
    period: string;
    title: string;
    introduction: string;
    publishedAt: string;
    learning: string | null;
    customerExperience: string | null;
    staffTraining: string | null;
    figures: FrozenFigures;
    annualReport: FrozenFigures['annualReport'];
    items: { youSaid: string; weDid: string; serviceAreas: string[] }[];
  };
}

export async function publicationPreview(
  db: DataSource,
  p: Publication,
  now: Date,
): Promise<PublicationPreview> {
  const [org] = await db.query<{ name: string; slug: string }[]>(
    `SELECT name, slug FROM organisation WHERE id = $1`,
    [p.organisationId],
  );
  if (!org) throw notFound('Organisation');
  const figures = withEveryFigure(p.frozenFigures ?? (await freezeFigures(db, p)));
  const items = await itemsOf(db.manager, p);
  return {
    organisation: org,
    publication: {
      id: p.id,
      kind: p.kind,
      period: p.period,
      title: p.title,
      introduction: p.introduction,
      publishedAt: (p.publishedAt ?? now).toISOString(),
      learning: p.learning,
      customerExperience: p.customerExperience,
      staffTraining: p.staffTraining,
      figures,
      annualReport: figures.annualReport ?? null,
      items: items.map((i) => ({
        youSaid: i.youSaid,
        weDid: i.weDid,
        serviceAreas: figures.itemServiceAreas?.[i.id] ?? [],
      })),
    },
  };
}
