import type { ImportPreview } from '../../../../shared/contract';

/** The file's first rows as written, so the person can see what each column holds. */
export const PreviewTable = ({ preview }: { preview: ImportPreview }) => (
  <div className="preview-table" role="region" aria-label="First rows of the file" tabIndex={0}>
    <table>
      <thead>
        <tr>
          {preview.columns.map((column) => (
            <th key={column.name} scope="col">
              <span className="preview-table__name">{column.name}</span>
              <span className="preview-table__type">{column.kind}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preview.rows.slice(0, 8).map((row, rowIndex) => (
          <tr key={rowIndex}>
            {preview.columns.map((column, columnIndex) => {
              const value = row[columnIndex] ?? null;
              return (
                <td key={column.name} className={value === null ? 'is-null' : undefined}>
                  {value ?? 'empty'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
