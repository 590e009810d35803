// What every chart builder returns.
export interface Chart {
  svg: string;
  /** Swedish sentence(s) stating the chart's message with its numbers, for the figure's alt text. */
  alt: string;
}
