import type { Log } from '../../src/log';

/** A Log that keeps its lines, to assert what the server logged. */
export function memoryLog(): Log & {
  lines: { level: string; message: string; detail?: unknown }[];
} {
  const lines: { level: string; message: string; detail?: unknown }[] = [];
  const at = (level: string) => (message: string, detail?: unknown) =>
    void lines.push({ level, message, detail });
  return { lines, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
