export type ImageFormat = 'png' | 'svg';

/** A file name from a report title: "Weekly revenue by category.png". */
export const imageFileName = (title: string, format: ImageFormat): string => {
  const base = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base === '' ? 'chart' : base}.${format}`;
};
