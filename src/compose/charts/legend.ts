// A legend drawn as marks in pixel space: one row that wraps, widths measured with Inter, never wider than the chart.
import type { Status } from '../../model/analysis.ts';
import { FONT_SIZE, INK, STATUS_STYLES } from './config.ts';
import { textWidth } from './metrics.ts';

export interface LegendItem {
  label: string;
  shape: string;
  fill: string;
  stroke: string;
  /** Optional dash pattern: the item is drawn as a short line with the symbol on it. */
  dash?: number[];
}

const SYMBOL_W = 16;
const GAP = 16;
const ROW_H = 18;

/** A vega-lite layer view (x/y in px, scale null) showing the items left to right, wrapping at `width`. */
export function legendView(items: LegendItem[], width: number) {
  let x = 0;
  let row = 0;
  const placed = items.map((it) => {
    const w = SYMBOL_W + 2 + textWidth(it.label, FONT_SIZE, 400);
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const p = { ...it, x, sx: x + 7, tx: x + SYMBOL_W + 2, y: row * ROW_H + ROW_H / 2, hasLine: Boolean(it.dash?.length) };
    x += w + GAP;
    return p;
  });
  const pos = {
    y: { field: 'y', type: 'quantitative' as const, scale: null },
  };
  return {
    width,
    height: (row + 1) * ROW_H,
    data: { values: placed },
    layer: [
      {
        transform: [{ filter: 'datum.hasLine' }, { calculate: 'datum.x + 14', as: 'x2' }],
        mark: { type: 'rule' as const, strokeWidth: 2 },
        encoding: {
          x: { field: 'x', type: 'quantitative' as const, scale: null }, x2: { field: 'x2' }, y: pos.y,
          color: { field: 'stroke', type: 'nominal' as const, scale: null },
          strokeDash: { field: 'dash', type: 'nominal' as const, scale: null },
        },
      },
      {
        mark: { type: 'point' as const, size: 60, strokeWidth: 1.5, opacity: 1 },
        encoding: {
          ...pos,
          x: { field: 'sx', type: 'quantitative' as const, scale: null },
          shape: { field: 'shape', type: 'nominal' as const, scale: null },
          fill: { field: 'fill', type: 'nominal' as const, scale: null },
          stroke: { field: 'stroke', type: 'nominal' as const, scale: null },
        },
      },
      {
        mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, color: INK },
        encoding: { ...pos, x: { field: 'tx', type: 'quantitative' as const, scale: null }, text: { field: 'label' } },
      },
    ],
  };
}

/**
 * Legend entries for the status symbols a chart draws, in the tables' words and order: "Ja"/"Nej" when every
 * such symbol stands for an answer, "Bra"/"Mellan"/"Svag" for shares, "Bra eller Ja" when both occur, and
 * "Saknas". `prefix` names whose answers they are ("Uppsala: ") when the chart also shows others.
 */
export function statusLegend(drawn: { status: Status; word: string }[], prefix = ''): LegendItem[] {
  const order: Status[] = ['bra', 'mellan', 'svag', 'saknas', 'ingen'];
  return order.filter((st) => drawn.some((c) => c.status === st)).map((st) => {
    const words = drawn.filter((c) => c.status === st).map((c) => c.word);
    const janej = st === 'bra' ? 'Ja' : st === 'svag' ? 'Nej' : null;
    const label = janej == null ? STATUS_LABEL[st]
      : words.every((w) => w === janej) ? janej
      : words.some((w) => w === janej) ? `${STATUS_LABEL[st]} eller ${janej}` : STATUS_LABEL[st];
    const style = STATUS_STYLES[st];
    return {
      label: `${prefix}${label}`,
      shape: style.shape,
      fill: style.filled ? style.color : 'transparent',
      stroke: style.filled ? 'transparent' : style.color,
    };
  });
}

/** The tables' status words (src/compose/texts.ts STATUS_LABELS). */
const STATUS_LABEL: Record<Status, string> = { bra: 'Bra', mellan: 'Mellan', svag: 'Svag', saknas: 'Saknas', ingen: 'Ingen bedömning' };
