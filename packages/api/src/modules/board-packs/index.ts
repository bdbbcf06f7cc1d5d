/**
 * Board packs: the quarterly document for the governing body (docs/procedure.md, The quarterly
 * board pack). What other modules, the app and the demo seeder may use; everything else in this
 * folder is the module's own (test/import-boundaries.test.ts).
 */
export { BoardPack } from './board-pack.entity';
export { boardPackResolvers } from './board-pack.resolvers';
export { boardPackFigures, type BoardPackFigures } from './board-pack-figures';
export { boardPackDocument } from './board-pack-document';
export { boardPackHtml } from './board-pack-html';
export { boardPackDocx } from './board-pack-docx';
export {
  approveBoardPack,
  draftBoardPack,
  submitBoardPack,
  updateBoardPackNarrative,
} from './board-pack.service';
