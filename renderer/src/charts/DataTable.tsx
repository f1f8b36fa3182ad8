/** A plain, accessible table: the text equivalent of a chart. */

/** One column: header and how to show a row's value. */
export interface DataColumn<Row> {
  key: string;
  header: string;
  value(row: Row): string;
  isNumeric?: boolean;
}

/** Props of DataTable. */
export interface DataTableProps<Row> {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
}

/** The table; the first column is the row header. */
export function DataTable<Row>({ caption, columns, rows, rowKey }: DataTableProps<Row>) {
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.isNumeric ? 'is-numeric' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={rowKey(r)}>
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={c.key} scope="row">
                  {c.value(r)}
                </th>
              ) : (
                <td key={c.key} className={c.isNumeric ? 'is-numeric' : undefined}>
                  {c.value(r)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
