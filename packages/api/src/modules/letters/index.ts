/**
 * Letters: templates per organisation, drafts filled from the record, and letters as sent with
 * how (docs/procedure.md, Responses and letters). What the app may use; everything else in this
 * folder is the module's own (test/import-boundaries.test.ts).
 */
import { ComplaintLettersResolver, LettersResolver } from './letters.resolver';

export { ComplaintLetter } from './complaint-letter.entity';
export { LetterTemplateRow } from './letter-template.entity';
export { letterDocx } from './letter-docx';
export { letterHtml } from './letter-html';

/** The letters module's resolvers. */
export const letterResolvers = [LettersResolver, ComplaintLettersResolver] as const;
