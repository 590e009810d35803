// Percentages given on two scales in one column: 0–1 fractions (0,45) mixed with 0–100 (45).

export interface ScaleCell {
  value: number;
  /** True when the number is exactly as written: no % sign and no percent number format (which already scales). */
  plain: boolean;
}

export interface ScaleCheck {
  /** Indices of cells on the minority scale: unreadable, since which scale they meant cannot be known. */
  outliers: number[];
  /** Most values look like 0–1 fractions: they are read as per cent as written (0,45 = 0,45 %), so warn. */
  fractionsDominate: boolean;
}

/**
 * Fractions are plain numbers strictly between 0 and 1; percent values are above 1 (0 and 1 fit both scales).
 * When both occur, the smaller group is the odd one out (ties: the fractions).
 */
export function checkScale(cells: ScaleCell[]): ScaleCheck {
  const fractions: number[] = [];
  const percents: number[] = [];
  cells.forEach((c, i) => {
    if (c.plain && c.value > 0 && c.value < 1) fractions.push(i);
    else if (c.value > 1) percents.push(i);
  });
  const fractionsDominate = fractions.length > percents.length && fractions.length >= 3;
  if (!fractions.length || !percents.length) return { outliers: [], fractionsDominate };
  return { outliers: fractions.length <= percents.length ? fractions : percents, fractionsDominate };
}
