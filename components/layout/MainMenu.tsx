'use client';

import { useRef, type ReactNode } from 'react';
import { useDisclosure } from 'react-aria/useDisclosure';
import { useDisclosureState } from 'react-stately/useDisclosureState';
import { controlClass } from '@/components/ui/controls';
import { NavLinks, type NavItem } from './NavLinks';

/**
 * The main menu on a narrow screen: one "Menu" button that shows and hides the links (and
 * `children`: the account link and Sign out). React Aria's disclosure hooks give the button and
 * panel their ids, aria-expanded/aria-controls and `hidden="until-found"` (the browser's find
 * opens it). Not react-aria-components' <Disclosure>: with its <Button> it costs ~14 kB of
 * JavaScript (gzip) on every page, past the 10 kB budget; these hooks cost ~2 kB.
 */
export function MainMenu({ items, children }: { items: NavItem[]; children?: ReactNode }) {
  const state = useDisclosureState({});
  const panel = useRef<HTMLDivElement>(null);
  const { buttonProps, panelProps } = useDisclosure({}, state, panel);
  // The hook's press handlers expect React Aria's pressable button; a native button's click
  // (mouse, touch, Enter and Space alike) toggles the same state.
  const { onPress: _onPress, onPressStart: _onPressStart, isDisabled: _isDisabled, ...trigger } = buttonProps;
  return (
    <nav aria-label="Main">
      <button
        type="button"
        {...trigger}
        onClick={state.toggle}
        className={controlClass('secondary')}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
          {state.isExpanded ? (
            <path d="M5.3 4.3a1 1 0 0 1 1.4 0L10 7.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 9l3.3 3.3a1 1 0 0 1-1.4 1.4L10 10.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 9 5.3 5.7a1 1 0 0 1 0-1.4Z" />
          ) : (
            <path d="M3 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm0 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm1 4a1 1 0 1 0 0 2h12a1 1 0 1 0 0-2H4Z" />
          )}
        </svg>
        Menu
      </button>
      <div
        ref={panel}
        {...panelProps}
        // A chosen link leaves the page: close behind it (the layout, and this menu, stay mounted).
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) state.collapse();
        }}
        // Positioned only: a hidden="until-found" panel keeps its own box, so its look is inside.
        className="absolute inset-x-0 top-full z-40"
      >
        <div className="border-b border-stone-300 bg-white px-4 pt-2 pb-4 shadow-md">
          <NavLinks items={items} layout="column" />
          {children ? <div className="mt-3 border-t border-stone-200 pt-3">{children}</div> : null}
        </div>
      </div>
    </nav>
  );
}
