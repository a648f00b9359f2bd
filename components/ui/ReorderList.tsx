'use client';

import type { Key, ReactNode } from 'react';
import { Button, GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import { moveId } from './reorder-ids';

export type ReorderItem = { id: number; text: string };

/** The ids with `moved` placed before or after `target`. */
function reorderIds(ids: readonly number[], moved: readonly number[], target: number, position: 'before' | 'after'): number[] {
  const rest = ids.filter((id) => !moved.includes(id));
  const at = rest.indexOf(target);
  if (at < 0) return [...ids];
  const index = position === 'before' ? at : at + 1;
  return [...rest.slice(0, index), ...moved, ...rest.slice(index)];
}


export type ReorderListProps<T extends ReorderItem> = {
  label: string;
  items: T[];
  onReorder: (ids: number[]) => void;
  actions?: (item: T, index: number) => ReactNode;
  numbered?: boolean;
};

/**
 * Loaded on demand by ReorderableList (components/ui/ReorderableList.tsx), never imported directly by a page.
 * An ordered list a person rearranges by dragging (mouse, touch, or the keyboard: focus the
 * handle, Enter, arrows, Enter — react-aria's drag and drop) or with "Move up"/"Move down".
 */
export function ReorderList<T extends ReorderItem>({
  label,
  items,
  onReorder,
  actions,
  numbered = true,
}: ReorderListProps<T>) {
  const ids = items.map((i) => i.id);
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': items.find((i) => i.id === Number(key))?.text ?? String(key) })),
    onReorder(e) {
      if (e.target.dropPosition === 'on') return;
      onReorder(reorderIds(ids, [...e.keys].map((k: Key) => Number(k)), Number(e.target.key), e.target.dropPosition));
    },
  });
  const small = 'rounded border border-stone-400 bg-white px-2 py-1 text-xs font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-50';
  return (
    <GridList
      aria-label={label}
      items={items}
      dragAndDropHooks={dragAndDropHooks}
      className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white"
      renderEmptyState={() => <p className="p-3 text-sm text-stone-700">Nothing here yet.</p>}
    >
      {(item) => {
        const index = ids.indexOf(item.id);
        return (
          <GridListItem
            id={item.id}
            textValue={item.text}
            className="flex flex-wrap items-start gap-2 p-2 outline-none data-[dragging]:opacity-50 data-[drop-target]:bg-emerald-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-emerald-700"
          >
            <Button slot="drag" aria-label={`Drag to reorder: ${item.text}`} className="cursor-grab rounded px-1 text-stone-700 hover:bg-stone-100">
              <span aria-hidden="true">⠿</span>
            </Button>
            <span className="min-w-0 flex-1 break-words text-sm text-stone-900">
              {numbered ? `${index + 1}. ` : ''}
              {item.text}
            </span>
            <span className="flex flex-wrap gap-1">
              <Button className={small} isDisabled={index === 0} onPress={() => onReorder(moveId(ids, item.id, -1))} aria-label={`Move up: ${item.text}`}>
                Up
              </Button>
              <Button className={small} isDisabled={index === ids.length - 1} onPress={() => onReorder(moveId(ids, item.id, 1))} aria-label={`Move down: ${item.text}`}>
                Down
              </Button>
              {actions?.(item, index)}
            </span>
          </GridListItem>
        );
      }}
    </GridList>
  );
}
