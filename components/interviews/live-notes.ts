import { useSyncExternalStore } from 'react';

/*
 * Which planned questions are marked "particularly interesting", as the notes form has them now
 * (typed, perhaps not yet saved): the thank-you letter on the same page follows it at once,
 * instead of after a reload. One small store per interview, in this page's memory only.
 */

type Store = { ids: readonly number[]; listeners: Set<() => void> };
const stores = new Map<number, Store>();

function storeFor(interviewId: number, initial: readonly number[]): Store {
  let store = stores.get(interviewId);
  if (!store) {
    store = { ids: initial, listeners: new Set() };
    stores.set(interviewId, store);
  }
  return store;
}

export function publishInteresting(interviewId: number, ids: readonly number[]): void {
  const store = storeFor(interviewId, ids);
  if (store.ids.length === ids.length && store.ids.every((id, i) => id === ids[i])) return;
  store.ids = ids;
  for (const l of store.listeners) l();
}

/** The interesting questions' plan ids, live; `initial` (as the server rendered them) until the notes form says otherwise. */
export function useInterestingIds(interviewId: number, initial: readonly number[]): readonly number[] {
  const store = storeFor(interviewId, initial);
  return useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => store.ids,
    () => initial,
  );
}
