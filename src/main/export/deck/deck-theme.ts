/**
 * The deck's one theme: 16:9 (13.333 × 7.5 in), a title bar in the app's accent, one font
 * family, quiet greys. Positions are inches.
 */
export const deckTheme = {
  layout: 'LAYOUT_WIDE' as const,
  width: 13.333,
  height: 7.5,
  font: 'Calibri',
  /** For the image fallback: fonts that exist on Windows, macOS and Linux, in that order. */
  imageFontFamily: "Calibri, Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif",
  imageDefaultFont: 'Liberation Sans',
  accent: '3451D1',
  accentDark: '24399A',
  /** The interval lines of a forecast: the accent, lighter. */
  accentLight: '9AA8E8',
  text: '1F2937',
  muted: '6B7280',
  rule: 'E5E7EB',
  panel: 'F5F7FF',
  white: 'FFFFFF',
  /** Twelve: as many as a pie's slices (pptxgenjs picks a random colour past the end of the list). */
  seriesColors: [
    '3451D1',
    'E8833A',
    '2A9D8F',
    'C2417B',
    '8A6FDF',
    '6B8E23',
    'D4A017',
    '5B6472',
    '1B998B',
    'B5523B',
    '7A9CC6',
    '9C6644',
  ],
  titleBar: { x: 0, y: 0, w: 13.333, h: 0.9 },
  title: { x: 0.45, y: 0.12, w: 12.4, h: 0.66, fontSize: 24 },
  chart: { x: 0.4, y: 1.15, w: 8.55, h: 5.55 },
  side: { x: 9.2, y: 1.15, w: 3.75, h: 5.55 },
  footer: { x: 0.45, y: 6.95, w: 10.5, h: 0.35, fontSize: 10 },
  pageNumber: { x: 11.9, y: 6.95, w: 1.0, h: 0.35 },
} as const;
