// Report charts rendered to SVG in Node.
export { renderSvg, renderChart, type VegaLiteSpec, type RenderResult } from './render.ts';
export { omradeProfile } from './profile.ts';
export type { Chart } from './types.ts';
export { trendChart } from './trend.ts';
export { statusMatrix, type MatrixCell } from './matrix.ts';
export { distribution } from './distribution.ts';
