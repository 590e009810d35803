// The status symbols, one set for tables and charts: a shape with the glyph cut out (disc with a check,
// diamond with a dash, square with a cross, grey disc with a dash). Each is one path in −1…1, the glyph wound
// the other way round so it stays a hole under either fill rule; the report's icons draw the same paths.
type Pt = [number, number];

/** d3-path's three-digit rounding (vega draws paths through it; the direct SVG builders write it the same way). */
export const r3 = (n: number) => String(Math.round(n * 1000) / 1000);
const poly = (pts: Pt[]) => `M${pts.map(([x, y]) => `${r3(x)},${r3(y)}`).join('L')}Z`;

/** The outline of a polyline drawn with half-width h (mitred joins), clockwise on screen. */
function strokeOutline(points: Pt[], h: number): Pt[] {
  const normal = (a: Pt, b: Pt): Pt => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const l = Math.hypot(dx, dy);
    return [-dy / l, dx / l];
  };
  const side = (sign: number): Pt[] =>
    points.map((p, i) => {
      const n1 = normal(points[Math.max(0, i - 1)]!, points[Math.max(1, i)]!);
      const n2 = normal(points[Math.min(i, points.length - 2)]!, points[Math.min(i + 1, points.length - 1)]!);
      const m: Pt = [n1[0] + n2[0], n1[1] + n2[1]];
      const scale = h / (m[0] * n1[0] + m[1] * n1[1]);
      return [p[0] + sign * m[0] * scale, p[1] + sign * m[1] * scale];
    });
  return [...side(1), ...side(-1).reverse()];
}

/** Signed area on screen (y down): positive = clockwise. */
const area = (pts: Pt[]) => pts.reduce((s, p, i) => s + p[0] * pts[(i + 1) % pts.length]![1] - pts[(i + 1) % pts.length]![0] * p[1], 0) / 2;
const clockwise = (pts: Pt[]) => (area(pts) >= 0 ? pts : [...pts].reverse());
const counter = (pts: Pt[]) => [...clockwise(pts)].reverse();

function circle(r: number, n = 32): Pt[] {
  return Array.from({ length: n }, (_, i) => [r * Math.cos((2 * Math.PI * i) / n), r * Math.sin((2 * Math.PI * i) / n)] as Pt);
}

const CHECK = strokeOutline([[-0.5, 0.02], [-0.16, 0.36], [0.5, -0.34]], 0.12);
const DASH: Pt[] = [[-0.5, -0.12], [0.5, -0.12], [0.5, 0.12], [-0.5, 0.12]];
const CROSS: Pt[] = (() => {
  const a = 0.5;
  const k = 0.17;
  return [[0, -k], [a - k, -a], [a, -a + k], [k, 0], [a, a - k], [a - k, a], [0, k], [-a + k, a], [-a, a - k], [-k, 0], [-a, -a + k], [-a + k, -a]];
})();

export const STATUS_PATHS = {
  bra: poly(clockwise(circle(1))) + poly(counter(CHECK)),
  mellan: poly(clockwise([[0, -1.08], [1.08, 0], [0, 1.08], [-1.08, 0]])) + poly(counter(DASH)),
  svag: poly(clockwise([[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]])) + poly(counter(CROSS)),
  saknas: poly(clockwise(circle(1))) + poly(counter(DASH)),
} as const;

/** The kommun's own marker: a five-pointed star, a shape no comparison set and no status uses. */
export const STAR_PATH = poly(
  clockwise(Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 1 : 0.42;
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    return [r * Math.cos(a), r * Math.sin(a) + 0.05] as Pt;
  })),
);
