import { ListHeader } from "./list-header";
import { ListSearch } from "./list-search";
import { type RecordColumn, type RecordRow, RecordTable } from "./record-table";

/**
 * A searchable editor list: its heading with "New …", the search box, and the
 * rows (drafts and deleted ones included) in the shared table.
 */
export function EditorList<Row extends RecordRow>(props: {
  /** "Sources"; the search box is "Search sources". */
  title: string;
  /** "source": "New source", "No source matches …". */
  noun: string;
  basePath: string;
  q: string;
  /** What the search looks in. */
  hint: string;
  /** What an empty list says when nothing is searched. */
  none: string;
  rows: Row[];
  columns: RecordColumn<Row>[];
}) {
  const { title, noun, basePath, q } = props;
  return (
    <>
      <ListHeader title={title} newHref={`${basePath}/new`} newLabel={`New ${noun}`} />
      <ListSearch q={q} label={`Search ${title.toLowerCase()}`} hint={props.hint} />
      <RecordTable
        rows={props.rows}
        basePath={basePath}
        empty={q ? `No ${noun} matches “${q}”.` : props.none}
        columns={props.columns}
      />
    </>
  );
}
