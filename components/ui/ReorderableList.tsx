'use client';

import { useState, type ComponentType } from 'react';
import { Button } from './Button';
import { moveId } from './reorder-ids';
import type { ReorderItem, ReorderListProps } from './ReorderList';

/**
 * An ordered list with "Up"/"Down" on every row, and drag and drop (mouse, touch, or the keyboard)
 * loaded only when someone asks for it: react-aria's drag and drop is about 70 kB (gzip) of
 * JavaScript, seven times a page's whole budget, and most visits never reorder anything.
 */
export function ReorderableList<T extends ReorderItem>({ label, items, onReorder, actions, numbered = true }: ReorderListProps<T>) {
  const [DragList, setDragList] = useState<ComponentType<ReorderListProps<T>> | null>(null);
  const [loading, setLoading] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const ids = items.map((i) => i.id);

  function move(item: T, direction: -1 | 1) {
    const next = moveId(ids, item.id, direction);
    onReorder(next);
    setAnnouncement(`${item.text}: now ${next.indexOf(item.id) + 1} of ${next.length}.`);
  }

  async function openDragging() {
    setLoading(true);
    try {
      const { ReorderList } = await import('./ReorderList');
      setDragList(() => ReorderList as ComponentType<ReorderListProps<T>>);
    } catch {
      setAnnouncement('Dragging could not be loaded (are you offline?). Up and Down still work.');
    } finally {
      setLoading(false);
    }
  }

  const toggle =
    items.length > 1 ? (
      <Button
        size="sm"
        disabled={loading}
        onClick={() => {
          if (DragList) setDragList(null);
          else void openDragging();
        }}
      >
        {DragList ? 'Done dragging' : loading ? 'Loading…' : 'Reorder by dragging'}
      </Button>
    ) : null;

  return (
    <div className="space-y-2">
      {DragList ? (
        <DragList label={label} items={items} onReorder={onReorder} actions={actions} numbered={numbered} />
      ) : items.length === 0 ? (
        <p className="rounded-md border border-stone-300 bg-white p-3 text-sm text-stone-700">Nothing here yet.</p>
      ) : (
        <ol aria-label={label} className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
          {items.map((item, index) => (
            <li key={item.id} className="flex flex-wrap items-start gap-2 p-2">
              <span className="min-w-0 flex-1 break-words text-sm text-stone-900">
                {numbered ? `${index + 1}. ` : ''}
                {item.text}
              </span>
              <span className="flex flex-wrap gap-1">
                <Button size="sm" disabled={index === 0} onClick={() => move(item, -1)} aria-label={`Move up: ${item.text}`}>
                  Up
                </Button>
                <Button size="sm" disabled={index === items.length - 1} onClick={() => move(item, 1)} aria-label={`Move down: ${item.text}`}>
                  Down
                </Button>
                {actions?.(item, index)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {toggle}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
