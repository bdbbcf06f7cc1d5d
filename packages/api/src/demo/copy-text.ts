import type { ActionBatch } from './actions';
import type { ActionCandidate, ComplaintBatch } from './generator';

/** One table's rows in COPY text format (tab-separated, \N for null, backslash escapes). */
export interface CopyChunk {
  table: string;
  columns: string[];
  text: string;
  rows: number;
}

function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

/** `rows` of `table` as COPY text (columns from the first row's keys), or null when there are none. */
export function copyChunk(table: string, rows: readonly object[]): CopyChunk | null {
  if (rows.length === 0) return null;
  const columns = Object.keys(rows[0]!);
  const lines: string[] = [];
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    let line = '';
    for (let i = 0; i < columns.length; i++) line += (i ? '\t' : '') + field(r[columns[i]!]);
    lines.push(line);
  }
  return { table, columns, text: `${lines.join('\n')}\n`, rows: rows.length };
}

/** A generated batch ready to COPY, tables in foreign-key order. */
export interface CopyBatch {
  chunks: CopyChunk[];
  complaints: number;
  events: number;
  candidates: ActionCandidate[];
}

export function complaintCopyBatch(b: ComplaintBatch): CopyBatch {
  const chunks = [
    copyChunk('customer', b.customers),
    copyChunk('complaint', b.complaints),
    copyChunk('complaint_staff_member', b.staffMembers),
    copyChunk('complaint_event', b.events),
    copyChunk('complaint_point', b.points),
    copyChunk('complaint_root_cause', b.rootCauses),
  ].filter((c): c is CopyChunk => c !== null);
  return {
    chunks,
    complaints: b.complaints.length,
    events: b.events.length,
    candidates: b.candidates,
  };
}

export function actionCopyChunks(b: ActionBatch): CopyChunk[] {
  return [
    copyChunk('improvement_action', b.actions),
    copyChunk('improvement_action_progress', b.progress),
    copyChunk('improvement_action_complaint', b.complaints),
    copyChunk('improvement_action_root_cause', b.rootCauses),
  ].filter((c): c is CopyChunk => c !== null);
}
