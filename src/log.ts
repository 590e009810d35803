// A logger the CLI points at stderr and tests can capture.

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {} };

export const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`${terminalSafe(m)}\n`),
  warn: (m) => process.stderr.write(`Varning: ${terminalSafe(m)}\n`),
};

/** Collects messages for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(`Varning: ${m}`) };
}

/** Control characters from files (ESC from a cell's "_x001B_") shown as \x1B instead of reaching the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
