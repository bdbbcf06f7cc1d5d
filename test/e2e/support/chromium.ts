import { existsSync } from 'node:fs';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The instruction the suite fails with when the browser is not installed (it never skips). */
export function chromiumMissingMessage(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `Chromium was not found at ${CHROMIUM}. The browser tests need Debian's Chromium: install it with \`apt-get install chromium\` (as root: apt-get update && apt-get install -y chromium), or set CHROMIUM_PATH.`;
}
