// Peak resident memory and CPU time of a child process, sampled from /proc while it runs
// (Linux; elsewhere both are null). Node reports neither for a child once it has exited, so
// the last sample stands for the end: the peak (VmHWM) only grows, and CPU time misses at
// most one sampling interval.
import * as fs from 'node:fs';

const INTERVAL_MS = 50;
const CLOCK_TICKS_PER_S = 100;

function sample(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const peakKB = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]);
    // utime and stime are fields 14 and 15 of /proc/PID/stat, counted after the command name.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return peakKB ? { peakRssMB: (peakKB * 1024) / 1e6, cpuS: ticks / CLOCK_TICKS_PER_S } : null;
  } catch {
    return null;
  }
}

/** Samples the child until it exits; resolves to { code, wallMs, peakRssMB, cpuS }. */
export function watchChild(child, startedAt) {
  let last = { peakRssMB: null, cpuS: null };
  const timer = setInterval(() => {
    last = sample(child.pid) ?? last;
  }, INTERVAL_MS);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      const wallMs = performance.now() - startedAt;
      clearInterval(timer);
      resolve({ code, wallMs, ...last });
    });
  });
}
