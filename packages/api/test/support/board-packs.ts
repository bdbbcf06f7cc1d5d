import { must } from './must';
import type { World, WorldPerson } from './world';

/** The board pack's GraphQL documents, and a pack taken to review. */
const FIELDS = `id version status edition periodLabel periodFrom periodTo summary isAuthor allowedSteps commentary { section title text }`;
export const DRAFT_BOARD_PACK = `mutation($quarter: String!) { draftBoardPack(quarter: $quarter) { ${FIELDS} } }`;
export const UPDATE_BOARD_PACK = `mutation($id: ID!, $version: Int!, $summary: String, $commentary: [BoardPackCommentaryInput!]) { updateBoardPackNarrative(id: $id, version: $version, summary: $summary, commentary: $commentary) { ${FIELDS} } }`;
export const REFRESH_BOARD_PACK = `mutation($id: ID!, $version: Int!) { refreshBoardPackFigures(id: $id, version: $version) { ${FIELDS} } }`;
export const SUBMIT_BOARD_PACK = `mutation($id: ID!, $version: Int!) { submitBoardPackForReview(id: $id, version: $version) { ${FIELDS} } }`;
export const APPROVE_BOARD_PACK = `mutation($id: ID!, $version: Int!) { approveBoardPack(id: $id, version: $version) { ${FIELDS} } }`;
export const SEND_BACK_BOARD_PACK = `mutation($id: ID!, $version: Int!, $comment: String!) { sendBackBoardPack(id: $id, version: $version, comment: $comment) { ${FIELDS} sentBackComment sentBackAt } }`;
export const WITHDRAW_BOARD_PACK = `mutation($id: ID!, $version: Int!) { withdrawBoardPack(id: $id, version: $version) { ${FIELDS} } }`;
export const BOARD_PACKS = `{ boardPacks { ${FIELDS} } }`;

export interface PackRef {
  id: string;
  version: number;
}

export async function draftPack(
  world: World,
  quarter: string,
  as: WorldPerson,
): Promise<PackRef & Record<string, any>> {
  return (await must(world, { query: DRAFT_BOARD_PACK, variables: { quarter } }, as))
    .draftBoardPack;
}

/** A pack drafted and submitted by `author`, ready for someone else to approve. */
export async function packInReview(
  world: World,
  quarter: string,
  author: WorldPerson,
): Promise<PackRef & Record<string, any>> {
  const p = await draftPack(world, quarter, author);
  return (
    await must(
      world,
      { query: SUBMIT_BOARD_PACK, variables: { id: p.id, version: p.version } },
      author,
    )
  ).submitBoardPackForReview;
}

/** The stored figures of a pack. */
export async function storedFigures(world: World, id: string): Promise<any> {
  const [row] = await world.db.dataSource.query(`SELECT figures FROM board_pack WHERE id = $1`, [
    id,
  ]);
  return row.figures;
}
