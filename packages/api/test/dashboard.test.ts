import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboard } from '../src/app/server/dashboard';
import { listen } from './support/http';

describe('the dashboard', () => {
  let dist: string;
  let built: Awaited<ReturnType<typeof listen>>;
  let unbuilt: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'chp-web-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dist, 'assets', 'index-B1a2C3d4.js'), 'console.log(2)');
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
    built = await listen(express().use(dashboard(dist)));
    unbuilt = await listen(express().use(dashboard(path.join(dist, 'missing'))));
  });
  afterAll(async () => {
    await built?.close();
    await unbuilt?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the built files', async () => {
    const res = await fetch(`${built.url}/assets/app.js`);
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers a client-side route such as /complaints/42 with index.html', async () => {
    const res = await fetch(`${built.url}/complaints/42`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('does not answer a missing asset with index.html', async () => {
    const res = await fetch(`${built.url}/assets/missing.js`, {
      headers: { accept: 'application/javascript' },
    });
    expect(res.status).toBe(404);
  });

  it('caches a hashed asset for a year as immutable: its name changes when its content does', async () => {
    const res = await fetch(`${built.url}/assets/index-B1a2C3d4.js`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('caches a file without a hash in its name for an hour only', async () => {
    const res = await fetch(`${built.url}/favicon.svg`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('has index.html revalidated on every load, so a new build is seen at once', async () => {
    const res = await fetch(`${built.url}/complaints/42`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('says to run npm run build when the dashboard is not built', async () => {
    const res = await fetch(`${unbuilt.url}/`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});
