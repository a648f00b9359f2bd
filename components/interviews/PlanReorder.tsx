'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Button, DropIndicator, GridList, GridListItem, useDragAndDrop, type Key } from 'react-aria-components';
import type { ListState } from 'react-stately';
import { controlClass } from '@/components/ui/controls';
import { reorderPlan } from '@/lib/interviews/actions';

export type ReorderQuestion = { id: number; text: string; mustAsk: boolean };

/** The ids with `moved` placed before or after `target`. */
function reorderIds(ids: readonly number[], moved: readonly number[], target: number, position: 'before' | 'after'): number[] {
  const rest = ids.filter((id) => !moved.includes(id));
  const at = rest.indexOf(target);
  if (at < 0) return [...ids];
  const index = position === 'before' ? at : at + 1;
  return [...rest.slice(0, index), ...moved, ...rest.slice(index)];
}

/**
 * The drag handle. react-aria's GridList moves focus back to the row's last focused key when a
 * key is pressed; a handle focused directly (a click, a screen reader, Tab) was not that key, so
 * Enter started no drag and keyboard reordering did nothing. Focusing the handle makes its row
 * the focused one first.
 */
function DragHandle({ id, label, state }: { id: Key; label: string; state: ListState<unknown> }) {
  return (
    <Button
      slot="drag"
      aria-label={`Drag to reorder: ${label}`}
      onFocus={() => {
        state.selectionManager.setFocused(true);
        if (state.selectionManager.focusedKey !== id) state.selectionManager.setFocusedKey(id);
      }}
      className="min-h-11 min-w-11 cursor-grab rounded-md border border-stone-400 bg-white px-2 text-lg text-stone-800 outline-none hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-emerald-700"
    >
      <span aria-hidden="true">⠿</span>
    </Button>
  );
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * The question plan, reordered by drag (mouse, touch), by keyboard (focus a handle, Enter, arrows,
 * Enter) or with Up/Down. Each change saves the whole order at once (lib/interviews/actions
 * reorderPlan), from the plan version it was shown at. Loaded only when asked for (it carries
 * react-aria's drag and drop, ~70 kB).
 */
export function PlanReorder({ interviewId, version, plan, onDone }: { interviewId: number; version: number; plan: ReorderQuestion[]; onDone: () => void }) {
  const router = useRouter();
  const [items, setItemsState] = useState(plan);
  // react-aria caches each row's rendering by its item: handlers read the order from here, never
  // from a row's closure (a cached row's closure holds the order it was first drawn with).
  const itemsRef = useRef(plan);
  const setItems = (next: ReorderQuestion[]) => {
    itemsRef.current = next;
    setItemsState(next);
  };
  const [message, setMessage] = useState('Drag a question by its handle, or use Up and Down. Each move is saved.');
  const versionRef = useRef(version);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const save = (next: ReorderQuestion[], moved: ReorderQuestion) => {
    setItems(next);
    const ids = next.map((q) => q.id);
    const position = ids.indexOf(moved.id) + 1;
    // One save at a time, each from the version the one before it left.
    queue.current = queue.current.then(async () => {
      try {
        const result = await reorderPlan(interviewId, versionRef.current, ids);
        if (result.status === 'saved') {
          versionRef.current = result.version;
          setMessage(`Saved: “${short(moved.text)}” is now question ${position}.`);
        } else {
          versionRef.current = result.version;
          setItems(result.plan);
          setMessage('The plan was changed elsewhere (another tab). Here it is as it is now; nothing was moved.');
        }
      } catch {
        setMessage('Not saved: no connection. Close and try again.');
      }
    });
  };

  const move = (id: number, by: -1 | 1) => {
    const current = itemsRef.current;
    const i = current.findIndex((q) => q.id === id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= current.length) return;
    const next = [...current];
    [next[i], next[j]] = [next[j], next[i]];
    save(next, current[i]);
  };

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': itemsRef.current.find((q) => q.id === Number(key))?.text ?? String(key) })),
    onReorder(e) {
      if (e.target.dropPosition === 'on') return;
      const current = itemsRef.current;
      const movedIds = [...e.keys].map(Number);
      const ids = reorderIds(
        current.map((q) => q.id),
        movedIds,
        Number(e.target.key),
        e.target.dropPosition,
      );
      const next = ids.map((id) => current.find((q) => q.id === id)!);
      save(next, current.find((q) => q.id === movedIds[0])!);
    },
    renderDropIndicator: (target) => (
      <DropIndicator target={target} className="h-1 rounded bg-transparent outline-none data-[drop-target]:bg-emerald-700" />
    ),
  });

  const small = controlClass('secondary', { size: 'sm' });
  return (
    <div className="space-y-3">
      <p role="status" className="text-sm text-stone-800">
        {message}
      </p>
      <GridList aria-label="Reorder the planned questions" items={items} dependencies={[items]} dragAndDropHooks={dragAndDropHooks} className="space-y-1">
        {(item) => {
          const index = items.findIndex((q) => q.id === item.id);
          return (
            <GridListItem
              id={item.id}
              textValue={item.text}
              className="flex items-center gap-2 rounded-md border border-stone-300 bg-white p-2 outline-none data-[dragging]:opacity-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-emerald-700"
            >
              {({ state }) => (
                <>
                  <DragHandle id={item.id} label={item.text} state={state} />
                  <span className="min-w-0 flex-1 break-words text-sm text-stone-900">
                    <span className="font-semibold">{index + 1}.</span> {item.text}
                    {item.mustAsk ? <strong className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-950">Must ask</strong> : null}
                  </span>
                  <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
                    <Button className={small} isDisabled={index === 0} onPress={() => move(item.id, -1)} aria-label={`Up: ${short(item.text)}`}>
                      Up
                    </Button>
                    <Button className={small} isDisabled={index === items.length - 1} onPress={() => move(item.id, 1)} aria-label={`Down: ${short(item.text)}`}>
                      Down
                    </Button>
                  </span>
                </>
              )}
            </GridListItem>
          );
        }}
      </GridList>
      <button
        type="button"
        className={controlClass('primary')}
        onClick={async () => {
          await queue.current;
          onDone();
          router.refresh();
        }}
      >
        Done reordering
      </button>
    </div>
  );
}
