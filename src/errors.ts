// One error class for everything the user can cause or fix; the CLI prints `message` (Swedish) and exits with `exitCode`.

export const ExitCode = {
  ok: 0,
  /** Some reports in a batch failed. */
  partial: 1,
  /** Wrong arguments or unknown kommun. */
  usage: 2,
  /** Input files unreadable or invalid. */
  input: 3,
  /** Chromium missing or rendering failed. */
  render: 4,
  /** Output could not be written. */
  output: 5,
  /** A bug in ojrapport (an unexpected exception). */
  internal: 70,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class OjError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue = ExitCode.input,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'OjError';
  }
}
