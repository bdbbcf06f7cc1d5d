import { ACTION_IMPORT_FIELDS, IMPORT_FIELDS } from '@chp/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateTime } from '../../core/scalars';

export enum ImportMode {
  all_or_nothing = 'all_or_nothing',
  valid_rows = 'valid_rows',
}
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description:
    'all_or_nothing: nothing is written if any row is refused; valid_rows: the rows that pass are written',
});

export enum ImportFileFormat {
  csv = 'csv',
  xlsx = 'xlsx',
}
registerEnumType(ImportFileFormat, { name: 'ImportFileFormat' });

export enum ImportKind {
  complaints = 'complaints',
  actions = 'actions',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description:
    'What the file holds: complaints with their journeys, or improvement actions (each kind has its own template and saved mapping)',
});

@ObjectType({ description: 'One column of the import template' })
export class ImportFieldInfo {
  @Field(() => String) field!: string;
  @Field(() => String) hint!: string;
  @Field(() => Boolean) required!: boolean;
}

@ObjectType({ description: "A field and the organisation's column it is read from" })
export class ImportColumn {
  @Field(() => String) field!: string;
  @Field(() => String) column!: string;
}

@InputType()
export class ImportColumnInput {
  @Field(() => String, { description: "One of the kind's template fields (importFields)" })
  @IsIn([...new Set<string>([...IMPORT_FIELDS, ...ACTION_IMPORT_FIELDS])])
  field!: string;

  @Field(() => String, { description: "The file's column header" })
  @IsString()
  @Length(1, 200)
  column!: string;
}

@InputType()
export class ImportComplaintsInput {
  @Field(() => String, { description: 'The file: CSV as text, or an .xlsx workbook as base64' })
  @IsString()
  @Length(1, 10_000_000)
  content!: string;

  @Field(() => ImportFileFormat)
  @IsIn(Object.values(ImportFileFormat))
  format!: ImportFileFormat;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fileName?: string | null;

  @Field(() => [ImportColumnInput], {
    nullable: true,
    description: "Source columns; omitted, the organisation's saved mapping",
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayUnique((c: ImportColumnInput) => c.field)
  @ArrayMaxSize(Math.max(IMPORT_FIELDS.length, ACTION_IMPORT_FIELDS.length))
  mapping?: ImportColumnInput[] | null;

  @Field(() => ImportKind, { defaultValue: ImportKind.complaints })
  @IsIn(Object.values(ImportKind))
  kind!: ImportKind;

  @Field(() => Boolean, { description: 'Check every row and write nothing' })
  @IsBoolean()
  dryRun!: boolean;

  @Field(() => ImportMode)
  @IsIn(Object.values(ImportMode))
  mode!: ImportMode;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Create the service areas and root causes the file names that do not exist yet (people are never created)',
  })
  @IsBoolean()
  createUnknown!: boolean;
}

@ObjectType({ description: 'A row the import refused, and why, in words' })
export class ImportProblem {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1)' }) row!: number;
  @Field(() => String, { description: "The file's column" }) column!: string;
  @Field(() => String, { description: 'The template field it maps to' }) field!: string;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType({
  description: 'A row imported before whose corrected details the import wrote as a correction',
})
export class ImportUpdate {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1)' }) row!: number;
  @Field(() => String) sourceReference!: string;
  @Field(() => String, {
    description: "The complaint's reference, or the improvement action's id",
  })
  reference!: string;
  @Field(() => [String], { description: 'The template fields corrected' }) fields!: string[];
}

@ObjectType({ description: 'What an import found and did' })
export class ImportReport {
  @Field(() => ID) runId!: string;
  @Field(() => ImportKind) kind!: ImportKind;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => ImportMode) mode!: ImportMode;
  @Field(() => String, { description: 'finished, or refused (all or nothing with a refused row)' })
  status!: string;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int, { description: 'New rows that pass every check' }) rowsValid!: number;
  @Field(() => Int) rowsImported!: number;
  @Field(() => Int, { description: 'Rows imported before with the same values' })
  rowsUnchanged!: number;
  @Field(() => Int, {
    description:
      'Rows imported before whose details the file corrects: written as corrections (none in a dry run or a refused import)',
  })
  rowsUpdated!: number;
  @Field(() => [ImportUpdate], {
    description: 'The rows corrected (or, in a dry run, that would be), at most 10,000',
  })
  updates!: ImportUpdate[];
  @Field(() => Int) rowsRefused!: number;
  @Field(() => [ImportProblem]) problems!: ImportProblem[];
  @Field(() => [String]) unknownServiceAreas!: string[];
  @Field(() => [String]) unknownRootCauses!: string[];
  @Field(() => [String], {
    description:
      'Handlers or owners the file names whom the organisation does not have (never created)',
  })
  unknownPeople!: string[];
}

@ObjectType({ description: 'An import as it runs (for a progress bar) or once finished' })
export class ImportRun {
  @Field(() => ID) id!: string;
  @Field(() => ImportKind) kind!: ImportKind;
  @Field(() => String) fileName!: string;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => String, { description: 'running, finished, refused or failed' }) status!: string;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int) rowsImported!: number;
  @Field(() => DateTime) startedAt!: Date;
  @Field(() => DateTime, { nullable: true }) finishedAt!: Date | null;
  @Field(() => ImportReport, { nullable: true }) report!: ImportReport | null;
}
