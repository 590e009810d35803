// Every user-facing error and warning message, by area (as vega-lite keeps its messages in one module).
// Call sites import the namespace: `import * as msg from '../sv/messages.ts'`, then `msg.fileMissing(...)`.
// A message is a constant or a function of the values it names; a hint (what the user can do) is `<name>Hint`.
export * from './messages/files.ts';
export * from './messages/workbook.ts';
export * from './messages/csv.ts';
export * from './messages/kolada.ts';
export * from './messages/settings.ts';
export * from './messages/underlag.ts';
export * from './messages/compare.ts';
export * from './messages/output.ts';
export * from './messages/cli.ts';
