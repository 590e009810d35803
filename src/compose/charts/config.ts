// Shared look of all report charts: Inter, 9–10 pt text, light grid, no border, colour-blind-safe colours.
// Colours follow Okabe–Ito; where a hue is too light for 3:1 contrast on white it is darkened.
// Meaning is never carried by colour alone: every series has its own shape, every status a symbol and a word.
import type { Config } from 'vega-lite';
import type { SetKind, Status } from '../../model/analysis.ts';
import { FONT_FAMILY } from '../../model/fonts.ts';
import { STAR_PATH, STATUS_PATHS } from './symbols.ts';

/** Report column width (170 mm at 96 dpi). SVG px map 1:1 to CSS px, so 12 px = 9 pt in print. */
export const CHART_WIDTH = 640;
export const FONT_SIZE = 12; // 9 pt
export const TITLE_SIZE = 13; // ~10 pt
export const LINE_HEIGHT = 15;

export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const GRID = '#e3e3e3';
export const ZEBRA = '#f4f4f4';

export const COLORS = {
  /** The report's own kommun (Okabe–Ito blue, 5.2:1 on white). */
  kommun: '#0072B2',
  /** Accent (Okabe–Ito orange); only as a fill with a dark outline, it is 2.3:1 on its own. */
  accent: '#E69F00',
  accentStroke: '#333333',
  /** Context dots (3.4:1). */
  others: '#8c8c8c',
} as const;

export interface SeriesStyle {
  shape: string;
  fill: string;
  stroke: string;
  /** Short column header. */
  short: string;
  /** Line dash for trend lines. */
  dash: number[];
}

/** One shape and grey tone per kind of comparison set (all ≥ 3:1 on white); filled vs hollow helps in greyscale. */
export const SET_STYLES: Record<SetKind, Omit<SeriesStyle, 'short'>> = {
  liknande: { shape: 'diamond', fill: '#333333', stroke: '#333333', dash: [] },
  kommungrupp: { shape: 'triangle-down', fill: 'transparent', stroke: '#4d4d4d', dash: [2, 2] },
  lan: { shape: 'square', fill: 'transparent', stroke: '#4d4d4d', dash: [6, 3] },
  riket: { shape: 'triangle-up', fill: '#8c8c8c', stroke: '#8c8c8c', dash: [1, 0] },
  egen: { shape: 'cross', fill: '#666666', stroke: '#666666', dash: [4, 2, 1, 2] },
  stadsdelar: { shape: 'triangle-right', fill: '#767676', stroke: '#767676', dash: [3, 3] },
};

export const KOMMUN_STYLE = { shape: STAR_PATH, fill: COLORS.kommun, stroke: COLORS.kommun, dash: [] as number[] };

/** Custom symbol paths (vega symbol space, roughly −1…1), drawn as strokes. */
export const PATHS = {
  check: 'M-0.85,0.05L-0.3,0.6L0.85,-0.65',
  cross: 'M-0.65,-0.65L0.65,0.65M-0.65,0.65L0.65,-0.65',
  dash: 'M-0.75,0L0.75,0',
} as const;

export interface StatusStyle {
  /** Symbol/outline colour, ≥ 3:1 on white and on the tint. */
  color: string;
  /** Light cell background. */
  tint: string;
  shape: string;
  /** Draw the shape filled (true) or as a stroke (false). */
  filled: boolean;
  word: string;
}

/** Kolada's green/yellow/red/grey in a colour-blind-safe set (bluish green, dark amber, vermillion). */
export const STATUS_STYLES: Record<Status, StatusStyle> = {
  bra: { color: '#007a5a', tint: '#dcf0e9', shape: STATUS_PATHS.bra, filled: true, word: 'Bra' },
  mellan: { color: '#A67C00', tint: '#f6edcf', shape: STATUS_PATHS.mellan, filled: true, word: 'Mellan' },
  svag: { color: '#C84F00', tint: '#fae3d4', shape: STATUS_PATHS.svag, filled: true, word: 'Svag' },
  saknas: { color: '#767676', tint: '#ededed', shape: STATUS_PATHS.saknas, filled: true, word: 'Saknas' },
  ingen: { color: '#333333', tint: '#ffffff', shape: 'circle', filled: false, word: '' },
};

/** Base vega-lite config merged under every chart spec by renderSvg. */
export const baseConfig: Config = {
  font: FONT_FAMILY,
  // The SVG internals are hidden from assistive technology; the <figure> carries the Swedish alt text.
  aria: false,
  background: 'white',
  padding: 4,
  view: { stroke: null, continuousWidth: 400, continuousHeight: 200 },
  title: { fontSize: TITLE_SIZE, fontWeight: 600, color: INK, anchor: 'start', subtitleFontSize: FONT_SIZE, subtitleColor: MUTED },
  axis: {
    labelFontSize: FONT_SIZE,
    titleFontSize: FONT_SIZE,
    titleFontWeight: 600,
    labelColor: INK,
    titleColor: INK,
    gridColor: GRID,
    domainColor: '#9a9a9a',
    tickColor: '#9a9a9a',
    labelPadding: 4,
  },
  legend: {
    labelFontSize: FONT_SIZE,
    titleFontSize: FONT_SIZE,
    titleFontWeight: 600,
    labelColor: INK,
    symbolSize: 90,
    symbolStrokeWidth: 1.5,
    orient: 'top',
    labelLimit: 260,
  },
  text: { fontSize: FONT_SIZE, color: INK, font: FONT_FAMILY },
  point: { size: 70, strokeWidth: 1.5, opacity: 1 },
  line: { strokeWidth: 2 },
  rule: { color: '#9a9a9a' },
  mark: { invalid: 'break-paths-show-domains' },
  range: { category: [COLORS.kommun, COLORS.accent, '#333333', '#8c8c8c', '#009E73', '#D55E00'] },
};
