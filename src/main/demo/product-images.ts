import type { Pattern, Silhouette } from './catalog';

/** Garment outlines on a 200x240 canvas, drawn by hand: enough to tell a dress from a coat. */
const outlines: Record<Silhouette, string> = {
  dress: 'M72 22 L88 22 Q100 40 112 22 L128 22 L134 78 L168 222 L32 222 L66 78 Z',
  top: 'M62 32 L86 22 Q100 36 114 22 L138 32 L176 66 L156 88 L140 74 L140 206 L60 206 L60 74 L44 88 L24 66 Z',
  knit: 'M62 32 L86 22 Q100 36 114 22 L138 32 L168 62 L186 196 L164 200 L144 96 L142 208 L58 208 L56 96 L36 200 L14 196 L32 62 Z',
  trousers: 'M60 22 L140 22 L152 224 L112 224 L100 92 L88 224 L48 224 Z',
  shorts: 'M54 44 L146 44 L158 156 L108 162 L100 104 L92 162 L42 156 Z',
  skirt: 'M70 40 L130 40 L162 196 L38 196 Z',
  jacket:
    'M62 30 L84 20 L100 60 L116 20 L138 30 L168 60 L184 200 L162 204 L146 98 L144 214 L56 214 L54 98 L38 204 L16 200 L32 60 Z',
  coat: 'M64 26 L84 16 L100 56 L116 16 L136 26 L166 56 L182 214 L160 218 L146 100 L148 230 L52 230 L54 100 L40 218 L18 214 L34 56 Z',
  swim: 'M52 40 Q76 30 98 58 Q100 62 102 58 Q124 30 148 40 L142 84 Q120 96 100 80 Q80 96 58 84 Z M50 130 L150 130 L144 152 Q118 168 108 206 L92 206 Q82 168 56 152 Z',
  socks: 'M80 18 L122 18 L122 150 Q122 176 148 182 L162 188 Q174 208 150 214 L96 214 Q74 210 78 182 Z',
  bag: 'M38 92 L162 92 L172 214 L28 214 Z',
  underwear: 'M48 82 L152 82 L146 114 Q120 134 110 176 L90 176 Q80 134 54 114 Z',
};

/** Lines drawn on top of an outline on the front view (zips, seams, waistbands). */
const details: Partial<Record<Silhouette, string>> = {
  coat: 'M100 56 L100 230',
  jacket: 'M100 60 L100 214',
  trousers: 'M60 38 L140 38',
  shorts: 'M54 60 L146 60',
  knit: 'M58 196 L142 196 M58 200 L142 200',
  bag: 'M70 92 Q70 50 100 50 Q130 50 130 92',
};

const luminance = (hex: string): number => {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

const patternFill = (pattern: Pattern, hex: string, ink: string): string => {
  switch (pattern) {
    case 'solid':
      return '';
    case 'striped':
      return `<pattern id="p" width="12" height="12" patternUnits="userSpaceOnUse"><rect width="12" height="12" fill="${hex}"/><rect y="0" width="12" height="4" fill="${ink}" opacity="0.35"/></pattern>`;
    case 'dotted':
      return `<pattern id="p" width="14" height="14" patternUnits="userSpaceOnUse"><rect width="14" height="14" fill="${hex}"/><circle cx="7" cy="7" r="2.2" fill="${ink}" opacity="0.45"/></pattern>`;
    case 'checked':
      return `<pattern id="p" width="20" height="20" patternUnits="userSpaceOnUse"><rect width="20" height="20" fill="${hex}"/><rect width="10" height="20" fill="${ink}" opacity="0.18"/><rect width="20" height="10" fill="${ink}" opacity="0.18"/></pattern>`;
  }
};

export interface ImageSpec {
  silhouette: Silhouette;
  hex: string;
  pattern: Pattern;
  view: 'front' | 'back' | 'detail';
}

/** One product photo stand-in as an SVG document: the garment on a soft studio background. */
export const drawProductImage = ({ silhouette, hex, pattern, view }: ImageSpec): string => {
  const ink = luminance(hex) > 0.55 ? '#2b2b30' : '#ffffff';
  const defs = patternFill(pattern, hex, ink);
  const fill = defs ? 'url(#p)' : hex;
  const outline = outlines[silhouette];
  const detail = view === 'front' ? details[silhouette] : undefined;
  // The back view is the same garment seen from behind: mirrored, a shade darker, no front details.
  const transform = view === 'back' ? ' transform="translate(200 0) scale(-1 1)"' : '';
  const shade = view === 'back' ? '<rect width="200" height="240" fill="#000" opacity="0.06"/>' : '';
  // The detail view crops into the fabric, where the pattern and stitching show.
  const viewBox = view === 'detail' ? '55 70 90 108' : '0 0 200 240';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="400" height="480">`,
    `<defs>${defs}<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6f4f0"/><stop offset="1" stop-color="#e9e6df"/></linearGradient></defs>`,
    '<rect width="200" height="240" fill="url(#bg)"/>',
    '<ellipse cx="100" cy="232" rx="70" ry="5" fill="#000" opacity="0.08"/>',
    `<g${transform}>`,
    `<path d="${outline}" fill="${fill}" stroke="${ink}" stroke-opacity="0.25" stroke-width="1.5" stroke-linejoin="round"/>`,
    detail
      ? `<path d="${detail}" fill="none" stroke="${ink}" stroke-opacity="0.55" stroke-width="2" stroke-dasharray="${silhouette === 'coat' || silhouette === 'jacket' ? '3 2' : '0'}"/>`
      : '',
    view === 'detail'
      ? `<path d="${outline}" fill="none" stroke="${ink}" stroke-opacity="0.5" stroke-width="0.8" stroke-dasharray="2 2" transform="translate(100 120) scale(0.94) translate(-100 -120)"/>`
      : '',
    `</g>${shade}</svg>`,
  ].join('');
};
