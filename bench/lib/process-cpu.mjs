import fs from 'node:fs';
import path from 'node:path';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** A process's CPU time so far in ms (user and kernel), or null when it cannot be read. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    return null;
  }
}

/** The processes whose parent is `ppid` (PostgreSQL's backends are the postmaster's children). */
function childrenOf(ppid) {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return (
          fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(ppid)
        );
      } catch {
        return false;
      }
    });
}

/** The postmaster's process id of the embedded PostgreSQL in `dataDir`, or null. */
export function postmasterPid(dataDir) {
  try {
    return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

/** A process and its descendants (the API's forked processes under API_PROCESSES). */
const processTree = (pid) => [
  String(pid),
  ...childrenOf(pid).flatMap((child) => processTree(child)),
];

/** What each process in `pids` used, by pid. */
const usage = (pids) => new Map(pids.map((pid) => [pid, cpuMs(pid) ?? 0]));

/** What the processes of `after` used since `before` (one that started meanwhile counts whole). */
const usedSince = (before, after) => {
  let ms = 0;
  for (const [pid, used] of after) ms += used - (before.get(pid) ?? 0);
  return ms;
};

/**
 * CPU time used by the API (its process and the processes it forked, API_PROCESSES) and by the
 * PostgreSQL server (its backends and background processes) between `start()` and `stop()`:
 * what a request costs in CPU whatever else shares the machine, where requests per second depend
 * on it. On Linux only (/proc); null elsewhere, or for a PostgreSQL this process did not start
 * (DATABASE_URL).
 */
export function cpuMeter({ apiPid, postmaster }) {
  // per process, so a backend or autovacuum worker that starts or ends during the run neither
  // adds what it used before nor takes away what it used (one that ends is not counted)
  const read = () => ({
    api: cpuMs(apiPid) === null ? null : usage(processTree(apiPid)),
    pg: postmaster ? usage(childrenOf(postmaster)) : null,
  });
  let before = null;
  return {
    start() {
      before = read();
    },
    /** CPU ms per request over the run: { api, pg } (null when unknown). */
    stop(requests) {
      const after = read();
      if (requests === 0) return { api: null, pg: null };
      const api =
        before.api === null || after.api === null
          ? null
          : usedSince(before.api, after.api) / requests;
      const pg = before.pg && after.pg ? usedSince(before.pg, after.pg) / requests : null;
      return { api, pg };
    },
  };
}
