import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * An organisation's client secret at rest: AES-256-GCM under CHP_SECRET_KEY when it is set
 * (README, Configuration), else kept as given, marked `plain:`. Either way the API never returns
 * it: the settings say only whether one is set.
 */
const keyOf = (secretKey: string) => createHash('sha256').update(secretKey).digest();

export function sealSecret(secret: string, secretKey: string | null): string {
  if (!secretKey) return `plain:${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretKey), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['gcm', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join(':');
}

export function openSecret(sealed: string, secretKey: string | null): string {
  if (sealed.startsWith('plain:')) return sealed.slice('plain:'.length);
  const [scheme, iv, tag, data] = sealed.split(':');
  if (scheme !== 'gcm' || !iv || !tag || data === undefined)
    throw new Error('stored client secret is in an unknown format');
  if (!secretKey) throw new Error('CHP_SECRET_KEY is needed to read the stored client secret');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secretKey), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(data, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}
