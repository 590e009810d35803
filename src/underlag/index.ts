// Public API of the local-analysis workbook: generate (steps 2–4), read back, render helpers.
export { buildUnderlag, type BuildOptions } from './build.ts';
export { writeUnderlag, underlagFileName, underlagPath, type WriteUnderlagOptions } from './write.ts';
export { readLokal, priorityOrder, LONG_TEXT, type ReadLokalOptions } from './read.ts';
export { indexLokalFolder, pickLokalFile, openLokalFolder, readLokalFor, unreadableWarning, type LokalFile, type LokalFolder } from './folder.ts';
export { lokalView, formatDateLong, type LokalView, type ExplanationView, type ActionView } from '../compose/local-view.ts';
export type { LocalAnalysis, Explanation, ActionRow, Influence, Priority } from '../model/local.ts';
