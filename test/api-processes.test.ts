import { readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  isAlive,
  postmasterPid,
  startBuiltPlatform,
  stopLeftoverPostgres,
  tempDir,
  waitUntil,
  type StartedPlatform,
} from './support/platform';

/** The fields of /proc/<pid>/stat after the command: [state, ppid, …, utime (11), stime (12)]. */
function stat(pid: string): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return null;
  }
}

/** The API processes: the `node` children of the process npm start runs (PostgreSQL's are not). */
function apiProcesses(parent: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d) && stat(d)?.[1] === String(parent))
    .filter((d) => readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'node')
    .map(Number);
}

const cpuTicks = (pid: number) => {
  const f = stat(String(pid));
  return f ? Number(f[11]) + Number(f[12]) : 0;
};

/** The health query on a connection of its own (each new connection goes to the next process). */
function healthOnNewConnection(url: string): Promise<unknown> {
  const body = JSON.stringify({ query: '{ health { status database } }' });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const HEALTHY = { data: { health: { status: 'ok', database: true } } };

describe('API_PROCESSES=2: npm start answers HTTP from two processes on one port (docs/operations.md, Processes)', () => {
  let root: string;
  let dataDir: string;
  let platform: StartedPlatform;

  beforeAll(async () => {
    root = tempDir('chp-processes-test-');
    dataDir = path.join(root, 'pgdata');
    platform = await startBuiltPlatform({
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      PGDATA_DIR: dataDir,
      CHP_DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
      API_PROCESSES: '2',
    });
  });

  afterAll(async () => {
    const pid = platform?.child.pid;
    if (pid && platform.child.exitCode === null && platform.child.signalCode === null) {
      process.kill(-pid, 'SIGKILL');
    }
    await stopLeftoverPostgres(dataDir);
    rmSync(root, { recursive: true, force: true });
  });

  it('forks two API processes, and connections are answered by both', async () => {
    const workers = apiProcesses(platform.child.pid!);
    expect(workers).toHaveLength(2);
    const before = workers.map(cpuTicks);
    for (let i = 0; i < 200; i++)
      expect(await healthOnNewConnection(platform.url)).toEqual(HEALTHY);
    const used = workers.map((w, i) => cpuTicks(w) - before[i]!);
    expect(used.every((ticks) => ticks > 0)).toBe(true);
  });

  it('serves the dashboard from the API processes too', async () => {
    const page = await fetch(`${platform.url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>CHP Insight</title>');
  });

  it('starts another API process when one ends unasked, and the other answers meanwhile', async () => {
    const [killed, other] = apiProcesses(platform.child.pid!);
    process.kill(killed!, 'SIGKILL');
    await waitUntil(() => !isAlive(killed!));
    expect(await healthOnNewConnection(platform.url)).toEqual(HEALTHY);
    expect(
      await waitUntil(() => {
        const now = apiProcesses(platform.child.pid!);
        return now.length === 2 && !now.includes(killed!) && now.includes(other!);
      }, 30_000),
    ).toBe(true);
    expect(platform.output()).toMatch(/API process \d+ ended \(SIGKILL\); starting another/);
  });

  it('stops every API process and the embedded PostgreSQL on Ctrl-C (SIGINT to the group): exit 0', async () => {
    const workers = apiProcesses(platform.child.pid!);
    const pg = postmasterPid(dataDir);
    process.kill(-platform.child.pid!, 'SIGINT');
    expect(await platform.exited).toEqual({ code: 0, signal: null });
    expect(workers.some(isAlive)).toBe(false);
    expect(pg && isAlive(pg)).toBeFalsy();
    expect(postmasterPid(dataDir)).toBeNull();
  });
});
