import type { LogLevel } from './config';

const order: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

export interface Log {
  error(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

/** A plain console log that drops messages below `level`. */
export function createLog(level: LogLevel = 'info'): Log {
  const write =
    (at: LogLevel) =>
    (message: string, detail?: unknown): void => {
      if (order[at] > order[level]) return;
      const line = `[chp] ${message}`;
      const out = at === 'error' || at === 'warn' ? console.error : console.log;
      if (detail === undefined) out(line);
      else out(line, detail);
    };
  return { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') };
}
