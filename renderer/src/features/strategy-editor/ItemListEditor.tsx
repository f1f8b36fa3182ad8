/**
 * One list of the føringer (roller, verdier, satsinger …) as an editable, ordered list:
 * each element's fields, «Flytt opp» / «Flytt ned» / «Slett» buttons, and «Legg til».
 * Focus stays with what the user acted on: a new element's first field, a moved
 * element's button, the add button after a delete.
 */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '@shared/domain';
import type { PlanDocument } from '@shared/domain';
import { addStrategyItem, itemLabel, moveStrategyItem } from '@shared/edits';
import type { NewStrategyItem, StrategyListKey, StrategyLists } from '@shared/edits';
import type { RunEdit } from '../../ui/use-edit';
import { DeleteItemDialog } from './DeleteItemDialog';
import { ItemControls } from './ItemControls';
import { usePendingFocus } from './use-pending-focus';
import { ErrorText } from '../../ui/ErrorText';
import { FieldConflict } from '../../sync/FieldConflict';

/** Props of ItemListEditor. */
export interface ItemListEditorProps<K extends StrategyListKey> {
  doc: PlanDocument;
  listKey: K;
  /** The elements shown (all of the list, or e.g. the satsinger of one innsatsområde). */
  items: readonly StrategyLists[K][];
  heading: string;
  headingLevel: 2 | 3 | 4;
  kindLabel: string;
  addLabel: string;
  newItem(): NewStrategyItem<K>;
  renderFields(item: StrategyLists[K]): ReactNode;
  runEdit: RunEdit;
}

/** An editable list. */
export function ItemListEditor<K extends StrategyListKey>(props: ItemListEditorProps<K>) {
  const { doc, listKey, items, heading, headingLevel, kindLabel, addLabel, newItem, renderFields, runEdit } = props;
  const { t } = useTranslation();
  const id = useId();
  const [deleting, setDeleting] = useState<StrategyLists[K] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { pendingFocus, rootRef } = usePendingFocus();
  const Heading = `h${headingLevel}` as const;
  const kind = kindLabel.toLocaleLowerCase('nb');


  const add = () => {
    const itemId = newId(listKey.slice(0, 3));
    const refused = runEdit(t('editor.undo.add', { kind }), (d) => addStrategyItem(d, listKey, { ...newItem(), id: itemId }));
    setMessage(refused);
    if (!refused) pendingFocus.current = `[data-item="${itemId}"] input, [data-item="${itemId}"] textarea`;
  };

  const move = (item: StrategyLists[K], delta: -1 | 1) => {
    const refused = runEdit(t('editor.undo.move', { kind, name: itemLabel(item) }), (d) => moveStrategyItem(d, listKey, item.id, delta));
    setMessage(refused);
    pendingFocus.current = `[data-focus-key="${item.id}:${delta < 0 ? 'up' : 'down'}"]`;
  };

  return (
    // Top-level lists are regions; nested ones (under an innsatsområde) are groups, so the
    // landmarks stay few and uniquely named.
    <section ref={rootRef} className="se-list" aria-labelledby={`${id}-h`} role={headingLevel === 2 ? undefined : 'group'}>
      <Heading id={`${id}-h`} className="se-list-heading">
        {heading}
      </Heading>
      {items.length === 0 ? <p className="pl-muted">{t('editor.empty')}</p> : null}
      <ol className="se-items">
        {items.map((item, index) => (
          <li key={item.id} id={`se-item-${item.id}`} data-item={item.id} className="se-item" tabIndex={-1}>
            <fieldset className="se-item-fields">
              <legend className="pl-visually-hidden">
                {t('editor.itemLegend', { kind: kindLabel, index: index + 1, name: itemLabel(item) })}
              </legend>
              <FieldConflict collection={`c:strategy.${listKey}`} entityId={item.id} />
              {renderFields(item)}
            </fieldset>
            <ItemControls
              itemId={item.id}
              name={itemLabel(item)}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              onMove={(delta) => move(item, delta)}
              onDelete={() => setDeleting(item)}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="button se-add" data-focus-key={`${id}:add`} onClick={add}>
        {addLabel}
      </button>
      <ErrorText>{message}</ErrorText>
      {deleting ? (
        <DeleteItemDialog
          doc={doc}
          listKey={listKey}
          item={deleting}
          kindLabel={kindLabel}
          runEdit={runEdit}
          onClose={(deleted) => {
            setDeleting(null);
            if (deleted) pendingFocus.current = `[data-focus-key="${id}:add"]`;
          }}
        />
      ) : null}
    </section>
  );
}
