// Memory of a process and all its descendants (node + Chromium's processes), read from /proc (Linux).
import { readFileSync, readdirSync } from 'node:fs';

function children(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/)) if (c) out.push(Number(c));
    } catch {
      // the thread ended
    }
  }
  return out;
}

/** pid and every descendant. */
export function processTree(root = process.pid): number[] {
  const seen = new Set<number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    stack.push(...children(pid));
  }
  return [...seen];
}

/** Resident memory (VmRSS) of one process in bytes; 0 when it is gone. */
export function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Proportional set size (shared pages split between the processes sharing them), bytes; VmRSS if unavailable. */
export function pssOf(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // older kernels or the process ended
  }
  return rssOf(pid);
}

/**
 * Memory of the whole tree. PSS by default: Chromium's processes share most of their pages, and summing VmRSS
 * counts those once per process (an upper bound, reported by the bench as well).
 */
export function treeRss(root = process.pid, measure: 'pss' | 'rss' = 'pss'): number {
  const of = measure === 'pss' ? pssOf : rssOf;
  return processTree(root).reduce((s, pid) => s + of(pid), 0);
}

/** PSS of the root process alone and of all its descendants (for node: Chromium's processes), bytes. */
export function treeSplit(root = process.pid): { self: number; children: number } {
  const self = pssOf(root);
  return { self, children: processTree(root).reduce((s, pid) => s + (pid === root ? 0 : pssOf(pid)), 0) };
}
