import type { Sector } from '../generated/graphql';

/** The sectors a new organisation may be in, as a platform administrator reads them. */
export const SECTOR_LABELS: Record<Sector, string> = {
  housing: 'Housing',
  local_authority: 'Local authority',
  higher_education: 'Higher education (university)',
  further_education: 'Further education (college)',
  other: 'Other',
};

/** A slug from a name: 'Tay Valley Homes' → 'tay-valley-homes' (lower-case words, hyphens). */
export function slugFrom(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
