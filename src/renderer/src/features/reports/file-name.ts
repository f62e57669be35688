export type ImageFormat = 'png' | 'svg';

/** A file name from a report title: "Weekly revenue by category.png". */
export const imageFileName = (title: string, format: ImageFormat): string => {
  const base = title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base === '' ? 'chart' : base}.${format}`;
};
